/** A user's module: it requires the core and reads Guava through it. */
module modular {
  requires io.github.pilotplan;
}
