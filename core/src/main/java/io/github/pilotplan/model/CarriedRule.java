package io.github.pilotplan.model;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.style.PilotplanJson;
import org.immutables.value.Value;

/**
 * A responsibility rule that one clause states for the tasks after it: a {@code 下同} rule
 * ("排在第一位的部门为牵头部门,下同": the first unit listed leads) or a blanket clause
 * ("以下均需试点城市政府落实,不再列出": a unit answers for every later task). A task records every rule
 * that applied to it in {@code Task.carriedRules()}, so a reader can see why a unit is there or
 * why it leads.
 *
 * <pre>{@code
 * // "(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)"  and, later, "(商务部、财政部负责)"
 * task.carriedRules().get(0).kind();   // FIRST_LISTED_LEADS
 * task.carriedRules().get(0).text();   // "排在第一位的部门为牵头部门,下同"
 * task.leadUnit();                     // Optional[商务部], with role LEAD
 * }</pre>
 *
 * <p>A rule applies to the task whose clause states it and to every task after it in the document.
 */
@Value.Immutable
@PilotplanJson
public abstract class CarriedRule {

  CarriedRule() {}

  /** What a carried rule does. */
  public enum Kind {
    /** The first unit of every later list without a stated lead leads ({@code 第一位…牵头…下同}). */
    FIRST_LISTED_LEADS,
    /** {@link #units()} answer for every later task as well ({@code 以下均需X落实,不再列出}). */
    BLANKET
  }

  /** What the rule does. */
  public abstract Kind kind();

  /** The rule's words as written (folded), e.g. {@code 排在第一位的部门为牵头部门,下同}. */
  public abstract String text();

  /** The units a blanket clause names, each {@link UnitRole#RESPONSIBLE}; empty for a 下同 rule. */
  public abstract ImmutableList<Unit> units();

  /** Where the rule is stated (provenance, not part of equality). */
  @Value.Auxiliary
  public abstract SourceSpan source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds carried rules. */
  public static final class Builder extends ImmutableCarriedRule.Builder {}

  /** {@code KIND: text}. */
  @Override
  public final String toString() {
    return kind() + ": " + text();
  }
}
