/**
 * A user's module: it requires the core (and reads Guava through it) and, for JSON, Jackson with
 * the two datatype modules the core's PilotplanModule registers.
 */
module modular {
  requires io.github.pilotplan;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
}
