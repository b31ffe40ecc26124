package org.inspectionkit.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the rules module, the same as the model's: generated classes and builders package-private
 * behind a public nested {@code Builder}, no Guava, record-style accessors, redacted attributes masked.
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
public @interface RulesStyle {}
