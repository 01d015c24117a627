/**
 * Import and export of questions, without any framework. {@link org.newsquiz.core.exchange.QuestionFormats}
 * finds a format by name; a {@link org.newsquiz.core.exchange.QuestionWriter} exports, a
 * {@link org.newsquiz.core.exchange.QuestionReader} imports.
 *
 * <p>What travels in each format:
 * <ul>
 *   <li>json: everything, evidence and difficulty included.</li>
 *   <li>moodle: prompt, options, answers, explanation (general feedback), id (name and idnumber), tags,
 *       tolerance. Not evidence or difficulty; quote attributions return as multiple choice; matching and
 *       ordering options return in answer order (ordering items rotated by one, so none starts in place).</li>
 *   <li>gift: as moodle, without ordering questions (skipped on export); tags and id in {@code [tag:]}/{@code [id:]}
 *       comments.</li>
 *   <li>qti: prompt, options in the order shown, answers, explanation (modal feedback), id (item title),
 *       tolerance. Not tags, evidence or difficulty; quote attributions return as multiple choice.</li>
 *   <li>aiken: single-answer choices only: prompt, options, answer. Ids are made up on import.</li>
 * </ul>
 * Imported questions get difficulty 0.5 unless the file carries one.
 */
package org.newsquiz.core.exchange;
