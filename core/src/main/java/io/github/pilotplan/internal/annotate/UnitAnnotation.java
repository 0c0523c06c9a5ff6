package io.github.pilotplan.internal.annotate;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.SourceSpan;
import java.util.Optional;
import org.immutables.value.Value;
import io.github.pilotplan.model.CarriedRule;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.UnitAssignment;

/**
 * A responsibility clause of a statement: {@code (责任单位:市民政局、市财政局)}, {@code
 * (牵头单位:市民政局;配合单位:市财政局)}, {@code (生态环境部牵头,国家发展改革委参与)}, or, in running
 * text, {@code 由市发展改革局牵头,市财政局配合}.
 *
 * <pre>{@code
 * UnitAnnotation a = UnitAnnotationGrammar.find(region).get(0);
 * a.units();   // [市民政局, 市财政局]
 * a.lead();    // Optional[市民政局] when marked 牵头, else empty
 * a.roles();   // [市民政局 LEAD, 市财政局 SUPPORTING] for (牵头单位:市民政局;配合单位:市财政局)
 * }</pre>
 */
@Value.Immutable
public abstract class UnitAnnotation {

  UnitAnnotation() {}

  /** The units, in the order written (each once). */
  @Value.Parameter
  public abstract ImmutableList<Unit> units();

  /**
   * The unit marked as lead (牵头单位, "A牵头", "A(牵头)", or first listed under a 第一位为牵头 rule),
   * if one is marked.
   */
  @Value.Parameter
  public abstract Optional<Unit> lead();

  /** Each unit of {@link #units()} with the role its clause gives it, in the same order. */
  @Value.Parameter
  public abstract ImmutableList<UnitAssignment> roles();

  /**
   * The rules the annotation states for later tasks: a 下同 rule ("排在第一位的部门为牵头部门,下同") or a
   * blanket clause ("以下均需试点城市政府落实,不再列出"). A rule without 下同 acts on this annotation
   * alone and is not listed.
   */
  @Value.Parameter
  public abstract ImmutableList<CarriedRule> rules();

  /**
   * Whether the clause stands in running text ("由市发展改革局牵头,市财政局配合") rather than in its own
   * brackets; running text stays part of the task's text.
   */
  @Value.Default
  @Value.Parameter
  public boolean isInline() {
    return false;
  }

  /** Each unit as named, with the span of its name, in the order written (repeats included). */
  @Value.Auxiliary
  @Value.Parameter
  public abstract ImmutableList<Mention<Unit>> mentions();

  /** The annotation's words (folded), brackets included. */
  @Value.Parameter
  public abstract String text();

  /** Where the annotation stands, brackets included (provenance, not part of equality). */
  @Value.Auxiliary
  @Value.Parameter
  public abstract SourceSpan source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds unit annotations. */
  public static final class Builder extends ImmutableUnitAnnotation.Builder {}
}
