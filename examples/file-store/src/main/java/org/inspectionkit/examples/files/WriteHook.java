package org.inspectionkit.examples.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A test seam in a save: what the bytes of the temporary file pass through, and what happens after the temporary
 * file is written and forced to disk but before it is renamed into place. Tests use it to make a save fail, or a
 * process stop, half way; the store itself uses {@link #NONE}.
 */
interface WriteHook {

  /** Changes nothing. */
  WriteHook NONE = new WriteHook() {};

  /**
   * The stream the document is written to, given the stream into the temporary file.
   *
   * @param out the stream into the temporary file
   * @return the stream to write to
   */
  default OutputStream wrap(OutputStream out) {
    return out;
  }

  /**
   * Called when the temporary file is complete and on disk, just before the rename that commits the save.
   *
   * @param temporary the temporary file
   * @param target the file it is about to become
   * @throws IOException to make the save fail at this point
   */
  default void beforeRename(Path temporary, Path target) throws IOException {}
}
