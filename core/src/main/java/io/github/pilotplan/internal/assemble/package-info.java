/**
 * The last internal stage: the outline's nodes and the annotations found in their statements become
 * the model's sections and tasks, with the inheritance of units and deadlines down the tree ({@link
 * io.github.pilotplan.internal.assemble.Assembler}); a document of blocks becomes plan text and
 * table layouts first ({@link io.github.pilotplan.internal.assemble.DocumentAssembler}); a plan
 * read back from JSON is checked against its own text ({@link
 * io.github.pilotplan.internal.assemble.SpanCheck}).
 *
 * <pre>{@code
 * Plan plan = PlanLoader.standard().load(text);   // reads SourceText → PageOutline → Assembler
 * }</pre>
 */
package io.github.pilotplan.internal.assemble;
