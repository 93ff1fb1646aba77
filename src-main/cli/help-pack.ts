import type { Locale } from '../contract';

const PACK: Record<Locale, string> = {
  zh: `用法：grants [--db 办公室数据库] pack export --projects 项目编号[,…] --inspectors 用户名,用户名[,…] --out 检查包文件 [--as 用户名]
      grants --db 现场数据库 pack open 检查包文件
      grants --db 现场数据库 pack record 记录.json --as 用户名
      grants --db 现场数据库 pack results --out 检查结果文件
      grants [--db 办公室数据库] pack import 检查结果文件 [--dry-run] [--resolve 记录=office|field[,…]] [--as 用户名]

检查包：在不能连接办公室数据库的现场开展检查。
  export   为每个项目新建一份空白检查（在办公室显示为草稿），把项目的只读资料（协议、预算执行与台账汇总、
           未完成的整改事项、检查模板）写入一个检查包文件，并用该包自己的密钥（HMAC-SHA256，保存在办公室
           数据库中）签名。
  open     用检查包新建现场数据库（--db 必须是新文件）；现场数据库只能记录这些检查、检查问题、整改材料和照片。
           检查人员可在现场电脑上用 grants --db 现场数据库 serve 打开应用，以办公室的用户名和密码登录后填写检查；
           record 是不用界面的另一种方式。
  record   在现场数据库中记录：{"inspection": 检查ID, "kind": "field", "date": "YYYY-MM-DD", "place": "…",
           "notes": "…", "answers": [{"itemId": 1, "value": "yes"}], "findings": [{"severity": "major",
           "description": "…", "requirement": "…", "responsiblePerson": "…", "deadline": "YYYY-MM-DD"}],
           "photos": ["照片文件路径"]}，或 {"rectification": 整改事项ID, "note": "…", "photos": [...]}。
           检查问题可注明核减："disallowFen": 核减金额（分）, "voucherNos": ["2016-0007"]（所涉台账凭证号），
           与办公室相同，按检查包中的台账核对凭证号与财政资金金额。
  results  把现场记录和照片写成签名的检查结果文件。
  import   在办公室核对签名后导入；被改动过的文件拒绝导入（退出码 1，不做任何更改）。同一份结果再次导入
           不会改动任何数据。导出后办公室也改动过的记录（如检查在办公室被修改、整改事项状态变化）会停止导入
           并列出两个版本，由人决定：--resolve inspection-12=field 采用现场版本，=office 保留办公室版本。
  --dry-run  只核对并列出将要做的事，不做任何更改

每次导入都写入操作日志。退出码：0 成功；1 数据错误、签名不符或有未决冲突；2 用法错误。`,
  en: `Usage: grants [--db OFFICE.db] pack export --projects CODE[,…] --inspectors USER,USER[,…] --out PACK [--as USERNAME]
       grants --db FIELD.db pack open PACK
       grants --db FIELD.db pack record RECORD.json --as USERNAME
       grants --db FIELD.db pack results --out RESULTS
       grants [--db OFFICE.db] pack import RESULTS [--dry-run] [--resolve RECORD=office|field[,…]] [--as USERNAME]

Field packs: inspections where the office database cannot be reached.
  export   creates an empty inspection per project (a draft at the office) and writes the projects' read-only
           context (agreement, budget against actual and ledger summary, open rectification items, checklist)
           into one pack file, signed with the pack's own key (HMAC-SHA256, kept in the office database).
  open     makes a new field database from a pack (--db must be a new file); it records only those
           inspections, findings, evidence and photos. The inspectors can record them in the app on the field
           laptop (grants --db FIELD.db serve), signed in with their office user names and passwords; record is
           the way without the app.
  record   records in the field database: {"inspection": ID, "kind": "field", "date": "YYYY-MM-DD",
           "place": "…", "notes": "…", "answers": [{"itemId": 1, "value": "yes"}], "findings": [{"severity":
           "major", "description": "…", "requirement": "…", "responsiblePerson": "…", "deadline": "YYYY-MM-DD"}],
           "photos": ["photo file path"]}, or {"rectification": ID, "note": "…", "photos": [...]}.
           A finding may carry a disallowance: "disallowFen": amount in fen, "voucherNos": ["2016-0007"] (the
           ledger vouchers concerned), checked against the ledger the pack carries, as at the office.
  results  writes the field records and photos as a signed result file.
  import   checks the signature at the office and imports; an altered file is refused (exit 1, nothing
           changed). Importing the same result again changes nothing. A record the office also changed since
           export (the inspection edited at the office, a rectification item's state changed) stops the import
           and both versions are listed for a person to decide: --resolve inspection-12=field takes the
           field's version, =office keeps the office's.
  --dry-run  check and list what would be done, changing nothing

Every import is written to the operation log. Exit codes: 0 success; 1 data error, a bad signature or an
undecided conflict; 2 usage error.`,
};

/** Help for `grants pack`; merged into help.ts's topics. */
export const PACK_TOPICS: Record<'pack', Record<Locale, string>> = { pack: PACK };
