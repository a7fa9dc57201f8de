/** Output and failure helpers of the CLI, so commands stay testable without a real terminal. */

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Streams whose reader has gone (`baocao list | head -2`): further output is dropped. */
const closed = new WeakSet<NodeJS.WriteStream>();
const guarded = new WeakSet<NodeJS.WriteStream>();

function write(stream: NodeJS.WriteStream, line: string): void {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    // A closed pipe is the reader saying "enough", not a failure: the command finishes its work
    // quietly instead of dying on an unhandled EPIPE.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed.add(stream);
    });
  }
  if (!closed.has(stream)) stream.write(`${line}\n`);
}

export const processIo: CliIo = {
  out: (line) => write(process.stdout, line),
  err: (line) => write(process.stderr, line),
};

/** A failure with a user-facing message and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
