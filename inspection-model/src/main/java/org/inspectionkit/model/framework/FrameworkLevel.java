package org.inspectionkit.model.framework;

/**
 * The levels of a framework, from the top: domain, standard, key question, prompt.
 *
 * <p>Recommendations are made at prompt, key question or standard level; ratings are given at standard level.
 */
public enum FrameworkLevel {
  /** A domain, such as domain two, case supervision. */
  DOMAIN,
  /** A standard, such as 2.1 Assessment: the level that is rated. */
  STANDARD,
  /** A key question, such as 2.1.3: the level at which cases are answered yes, no or not applicable. */
  KEY_QUESTION,
  /** A prompt under a key question, such as 2.1.3.b: guidance to the inspector. */
  PROMPT
}
