package io.github.pilotplan.annotate;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.text.SourceSpan;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit annotation of a statement: {@code (责任单位:市民政局、市财政局)} or {@code
 * (牵头单位:市民政局;配合单位:市财政局)}.
 *
 * <pre>{@code
 * UnitAnnotation a = UnitAnnotationGrammar.find(region).get(0);
 * a.units();   // [市民政局, 市财政局]
 * a.lead();    // Optional[市民政局] when marked 牵头, else empty
 * }</pre>
 */
@Value.Immutable
public abstract class UnitAnnotation {

  UnitAnnotation() {}

  /** The units, in the order written (each once). */
  public abstract ImmutableList<Unit> units();

  /** The unit marked as lead (牵头单位 or "A(牵头)"), if one is marked. */
  public abstract Optional<Unit> lead();

  /** Each unit as named, with the span of its name, in the order written (repeats included). */
  @Value.Auxiliary
  public abstract ImmutableList<Mention<Unit>> mentions();

  /** The annotation's words (folded), brackets included. */
  public abstract String text();

  /** Where the annotation stands, brackets included (provenance, not part of equality). */
  @Value.Auxiliary
  public abstract SourceSpan source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds unit annotations. */
  public static final class Builder extends ImmutableUnitAnnotation.Builder {}
}
