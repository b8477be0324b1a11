#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that stops early (`probity rules | head -1`) closes the pipe: what it did not read is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};
process.exitCode = await main(process.argv.slice(2), io);
