package org.inspectionkit.model.framework;

/**
 * Where the wording of a framework element comes from, so users know which text to replace with the official
 * wording when they have it.
 */
public enum WordingSource {
  /** The inspectorate's official wording, supplied by the user. The default for elements built in code. */
  OFFICIAL,
  /** Stated in the inspectorate's notice of the 2019-20 changes. */
  NOTICE,
  /** A paraphrase of the inspectorate's published material. */
  PUBLISHED,
  /** A modelling paraphrase written for this library where no published wording was available: replace it. */
  MODELLED
}
