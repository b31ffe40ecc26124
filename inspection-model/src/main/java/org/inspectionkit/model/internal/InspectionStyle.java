package org.inspectionkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each model package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes and their builders are package-private; every value type exposes a
 * public nested {@code Builder} that extends the generated one, so users only ever see the abstract type. No Guava
 * in generated code, record-style accessors ({@code title()}), and attributes marked {@code @Value.Redacted} (free
 * text that may describe a person) never appear in {@code toString()}.
 *
 * <p>Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    redactedMask = "***",
    throwForInvalidImmutableState = IllegalArgumentException.class)
public @interface InspectionStyle {}
