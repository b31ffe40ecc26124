/** Implementation detail of the rules module. Not part of the public API; may change in any release. */
package org.inspectionkit.rules.internal;
