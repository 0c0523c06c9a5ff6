package io.github.pilotplan.document;

/**
 * One block of a {@link Document}: a {@link Paragraph} or a {@link Table}.
 *
 * <pre>{@code
 * for (Block b : document.blocks()) {
 *   if (b instanceof Table t) { t.rows().size(); }
 * }
 * }</pre>
 */
public interface Block {}
