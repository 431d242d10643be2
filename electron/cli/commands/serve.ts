import { CarnetError } from '../../../shared/errors.ts';
import { rendererDistDir } from '../../web/renderer-dist.ts';
import { startWebHost } from '../../web/web-host.ts';
import type { CliCommand } from '../cli-types.ts';
import { tty } from '../terminal-text.ts';

export const serveCommand: CliCommand = {
  words: ['serve'],
  usage: 'serve [--port N]',
  summary: 'Runs Carnet in your browser: serves the app on 127.0.0.1 and prints the address to open.',
  valueFlags: ['port'],
  async run(ctx) {
    const port = ctx.flags.port === undefined ? 0 : Number(ctx.flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CarnetError('invalid_input', `--port must be a number from 0 to 65535, not "${String(ctx.flags.port)}"`);
    const core = await ctx.openCore();
    const host = await startWebHost({ core, staticDir: rendererDistDir(), port }).catch((error: NodeJS.ErrnoException) => {
      throw new CarnetError('io', error.code === 'EADDRINUSE' ? `Port ${port} is already in use; try another with --port, or leave it out to pick a free one.` : error.message);
    });
    ctx.io.stderr(tty`Carnet is running with data in ${ctx.dataDir}. Open this address in your browser (Ctrl+C to stop):\n`);
    ctx.io.stdout(tty`${host.url}\n`);
    ctx.keepAlive = true;
    const stop = async () => {
      await host.close();
      await core.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    return 0;
  },
};
