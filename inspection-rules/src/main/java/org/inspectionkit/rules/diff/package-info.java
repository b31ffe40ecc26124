/**
 * Framework diff: what changed between two versions of a framework, element by element, and how codes of the old
 * version map to the new one.
 *
 * <p>{@link org.inspectionkit.rules.diff.FrameworkDiff#between} compares two frameworks and returns
 * {@link org.inspectionkit.rules.diff.FrameworkChanges}: every domain, standard, key question and prompt that was
 * added, removed, moved to another code or reworded, and every standard whose applicability to provider types or
 * whose way of rating changed. The changes also give a code mapping, used to resolve a recommendation made under
 * the old version against the new one (identity where unchanged; a removed target resolves to nothing and is
 * reported). Pure and deterministic.
 */
@RulesStyle
package org.inspectionkit.rules.diff;

import org.inspectionkit.rules.internal.RulesStyle;
