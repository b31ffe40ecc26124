/**
 * Inspected providers: {@link org.inspectionkit.model.provider.Provider}, its stable
 * {@link org.inspectionkit.model.provider.ProviderId} and its
 * {@link org.inspectionkit.model.provider.ProviderType} (CRC, NPS division, and the types that followed them),
 * which decides the domain-three standards a provider is rated on.
 *
 * <p>{@link org.inspectionkit.model.provider.ProviderRegistry} is the reference data of providers: each
 * {@link org.inspectionkit.model.provider.RegistryEntry} with its name, type, area, owner, the dates it existed,
 * its parent (a delivery unit's region) and whether its facts are published or a default
 * ({@link org.inspectionkit.model.provider.EntrySource}). The built-in registry (the 21 CRCs and 7 NPS divisions
 * of 2018-19 and the 12 probation regions) is loaded by {@code inspection-json}'s {@code ProviderRegistries}; a
 * user replaces or extends it as data.
 */
@InspectionStyle
package org.inspectionkit.model.provider;

import org.inspectionkit.model.internal.InspectionStyle;
