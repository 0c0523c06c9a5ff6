package io.github.pilotplan.internal.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import io.github.pilotplan.model.SourceSpan;

/**
 * The one Immutables style shared by every value package of pilotplan.
 *
 * <p>Each value type is an abstract class with a nested public {@code Builder} that extends the
 * generated one ("sandwich" style), so the generated {@code Immutable…} classes stay package-private
 * and never appear in the public API:
 *
 * <pre>{@code
 * Unit unit = Unit.of("财政局");          // static factory
 * SourceSpan span = SourceSpan.of(3, 3, 40, 12);
 * }</pre>
 *
 * <p>This annotation has class retention and is only read by the annotation processor at build time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    // An accessor named get… names its attribute without the prefix: Task's hidden getText() is the
    // attribute "text" (its JSON property), beside the public text() that gives it as a String.
    get = {"get*", "*"},
    jdkOnly = false)
public @interface PilotplanStyle {}
