#!/usr/bin/env node
// The `grants` command as it was first named; bin/grants.cjs is the command itself (package.json "bin").
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./grants.cjs');
