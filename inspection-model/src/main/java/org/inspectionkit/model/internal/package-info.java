/**
 * Implementation detail of the model: the Immutables style and shared construction checks. Not part of the public
 * API; may change in any release.
 */
package org.inspectionkit.model.internal;
