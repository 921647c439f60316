import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

const installHints: Record<string, string> = {
  soffice: 'LibreOffice: apt-get install -y --no-install-recommends libreoffice-writer-nogui',
  pdftotext: 'poppler-utils: apt-get install -y --no-install-recommends poppler-utils',
  pdfinfo: 'poppler-utils: apt-get install -y --no-install-recommends poppler-utils',
};

/**
 * Runs a reader the export tests rely on. A missing tool fails the test and says how
 * to install it (.ci/run does), rather than letting the check quietly pass.
 */
export async function runTool(tool: string, args: string[], timeoutMs = 60_000): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error(`${tool} is not installed. Install ${installHints[tool] ?? tool} (.ci/run does this).`);
    }
    throw error;
  }
}
