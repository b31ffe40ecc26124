/**
 * The implementation of the JSON format: a small streaming codec layer over Jackson's {@code JsonParser} and
 * {@code JsonGenerator}, one codec per model type, the checks of an inspection against its framework, and the
 * adapters that plug the codecs into Jackson's databind. Not API: it may change in any release.
 */
package org.inspectionkit.json.internal;
