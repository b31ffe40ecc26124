package org.inspectionkit.examples.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Write hooks that make a save fail half way, as a full disk or a failing device would. */
final class Faults {

  private Faults() {}

  /** Fails when the temporary file is complete and on disk, just before the rename that would commit the save. */
  static WriteHook failBeforeRename() {
    return new WriteHook() {
      @Override
      public void beforeRename(Path temporary, Path target) throws IOException {
        throw new IOException("injected failure before renaming " + temporary.getFileName());
      }
    };
  }

  /** Fails once {@code bytes} bytes of the document have been written: a torn temporary file. */
  static WriteHook failAfterBytes(long bytes) {
    return new WriteHook() {
      @Override
      public OutputStream wrap(OutputStream out) {
        return new FilterOutputStream(out) {
          private long written;

          @Override
          public void write(int b) throws IOException {
            fail(1);
            out.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            long room = bytes - written;
            if (len > room) {
              out.write(b, off, (int) room);
              out.flush();
            }
            fail(len);
            out.write(b, off, len);
          }

          private void fail(long more) throws IOException {
            if (written + more > bytes) {
              throw new IOException("injected failure after " + bytes + " bytes: no space left on device");
            }
            written += more;
          }
        };
      }
    };
  }
}
