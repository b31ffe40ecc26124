/**
 * The inspection standards framework: a {@link org.inspectionkit.model.framework.Framework} version (such as
 * {@code probation-2019-20}) is made of {@link org.inspectionkit.model.framework.Domain}s, each of
 * {@link org.inspectionkit.model.framework.Standard}s, each of
 * {@link org.inspectionkit.model.framework.KeyQuestion}s, each of
 * {@link org.inspectionkit.model.framework.Prompt}s.
 *
 * <p>Elements are named by codes that parse and print ({@code 2}, {@code 2.1}, {@code 2.1.3}, {@code 2.1.3.b}) and
 * nest: a key question's code starts with its standard's. A standard says how it is rated (from case data, or by
 * judgement), which sample its cases come from, and which provider types it applies to. Each element records where
 * its wording comes from ({@link org.inspectionkit.model.framework.WordingSource}), so users know what to replace
 * with the official text. A framework is data: the built-in probation frameworks ship as JSON in
 * {@code inspection-json}, and a youth framework or a later cycle needs no code change.
 */
@InspectionStyle
package org.inspectionkit.model.framework;

import org.inspectionkit.model.internal.InspectionStyle;
