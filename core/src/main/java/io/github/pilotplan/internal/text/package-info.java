/**
 * Stage one of the data flow, internal: the source text, its lines and positions, and its cleaning.
 *
 * <p>{@link io.github.pilotplan.internal.text.SourceText} keeps the text exactly as it was given and
 * its cleaned characters, of the same length (full-width punctuation folded to half-width, odd
 * spaces to plain ones), so that every position found in the cleaned text is a position in the
 * original.
 *
 * <pre>{@code
 * SourceText text = SourceText.of("（一）到2010年底，全市…");
 * text.cleaned();              // "(一)到2010年底,全市…"
 * text.spanOf(3, 10).line();   // 1
 * }</pre>
 */
@PilotplanStyle
package io.github.pilotplan.internal.text;

import io.github.pilotplan.internal.style.PilotplanStyle;
