/**
 * An example store adapter over files: {@link org.inspectionkit.examples.files.JsonFileStore} keeps inspections and
 * frameworks in a directory, one JSON document per inspection version and per framework in the format of
 * {@code inspection-json} ({@code inspections/<id>.v<version>.json}, {@code frameworks/<id>.json}), so that every
 * stored file can also be read by the library's JSON reader, the command-line tool, or a person.
 *
 * <p>A save writes a temporary file, flushes and forces it to disk, renames it into place atomically and forces
 * the directory, so that a crash never leaves a torn file and a reader never sees half a save; an inspection's
 * version is in its file name, so it is stored by the same rename, and every version is kept. Reading never
 * changes a file; entries the store did not write, symbolic links among them, are ignored, never followed, and
 * reported by {@code verify()}. One process at a time has the directory open, which a lock file enforces; within
 * it, saves of one aggregate are serialised and optimistic concurrency works as {@code InspectionStore} requires.
 * Both stores pass the contract tests of {@code inspection-testkit}.
 */
package org.inspectionkit.examples.files;
