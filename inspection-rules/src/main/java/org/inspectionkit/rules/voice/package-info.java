/**
 * Service user voice: how far an inspection heard from the people under supervision (from 2019-20).
 *
 * <p>The 2019-20 method interviews the service users of the inspected domain-two cases and meets a service user
 * forum, or its equivalent, in every area. {@link org.inspectionkit.rules.voice.ServiceUserVoice} computes the
 * coverage figures of one inspection (the share of domain-two cases with an interview done, the interview records
 * per outcome, the domain-two cases with no record at all, the forum meetings) as a value that reports and the
 * cross-domain consistency checker read.
 */
@RulesStyle
package org.inspectionkit.rules.voice;

import org.inspectionkit.rules.internal.RulesStyle;
