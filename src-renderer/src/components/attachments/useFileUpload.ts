import type { AttachmentMeta } from '@contract';
import { ruleMessage } from '@contract';
import { useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/errors';
import { useOpMutation } from '../../api/hooks';
import { useLocale } from '../../app/i18n';
import { readFileAsBase64 } from '../files';
import { uploadRefusal } from './attachmentStatus';

/**
 * Reads a chosen file as base64 and uploads it to the project (attachments.upload). A file main would refuse
 * for its size is refused here first, in main's words, before it is read into memory.
 */
export function useFileUpload(applicationId: number, onUploaded: (meta: AttachmentMeta) => void) {
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const upload = useOpMutation('attachments.upload');
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setRefused(null);
    try {
      const refusal = uploadRefusal(file.size);
      if (refusal) {
        setRefused(ruleMessage(refusal.rule, locale, refusal));
        return;
      }
      setReading(true);
      const contentBase64 = await readFileAsBase64(file);
      setReading(false);
      onUploaded(await upload.mutateAsync({ applicationId, fileName: file.name, mimeType: file.type, contentBase64 }));
    } catch (e) {
      setError(toApiError(e, locale));
    } finally {
      setReading(false);
      // Choosing the same file again (after fixing it) must fire onChange again.
      if (input.current) input.current.value = '';
    }
  };

  return {
    /** For the hidden <input type="file">. */
    input,
    choose,
    busy: reading || upload.isPending,
    /** A failed upload (main's refusal or a read error). */
    error,
    /** A refusal made here before uploading. */
    refused,
  };
}
