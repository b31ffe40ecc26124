/**
 * An example store adapter over files: {@link org.inspectionkit.examples.files.JsonFileStore} keeps inspections and
 * frameworks in a directory, one JSON document per aggregate in the format of {@code inspection-json}
 * ({@code inspections/<id>.v<version>.json}, {@code frameworks/<id>.json}), so that every stored file can also be
 * read by the library's JSON reader, the command-line tool, or a person.
 *
 * <p>A save writes a temporary file, forces it to disk and renames it into place atomically, so that a crash never
 * leaves a torn file and a reader never sees half a save; an inspection's version is in its file name, so it is
 * stored by the same rename. One process at a time has the directory open, which a lock file enforces; within it,
 * saves of one aggregate are serialised and optimistic concurrency works as {@code InspectionStore} requires. Both
 * stores pass the contract tests of {@code inspection-testkit}.
 */
package org.inspectionkit.examples.files;
