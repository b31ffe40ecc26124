/**
 * Inspected providers: {@link org.inspectionkit.model.provider.Provider}, its stable
 * {@link org.inspectionkit.model.provider.ProviderId} and its
 * {@link org.inspectionkit.model.provider.ProviderType} (CRC, NPS division, and the types that followed them),
 * which decides the domain-three standards a provider is rated on.
 */
@InspectionStyle
package org.inspectionkit.model.provider;

import org.inspectionkit.model.internal.InspectionStyle;
