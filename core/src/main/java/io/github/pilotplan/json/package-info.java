/**
 * JSON for the model with Jackson, for applications that bring it: {@link
 * io.github.pilotplan.json.PilotplanModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
 * Plan back = mapper.readValue(mapper.writeValueAsString(plan), Plan.class);
 * }</pre>
 *
 * <p>Nothing else in the core uses this package: without Jackson on the class path, it is simply
 * never loaded.
 */
package io.github.pilotplan.json;
