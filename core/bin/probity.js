#!/usr/bin/env node
import { main } from '../dist/cli.js';

const io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};
process.exitCode = await main(process.argv.slice(2), io);
