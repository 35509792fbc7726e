/**
 * Evidence, the calculation methods (pure functions), derived mastery, and the class heatmap and student profile
 * queries. The key decision: mastery is derived from evidence and never edited; evidence is a fact, corrected by a
 * superseding piece, and a teacher's override sits beside the calculation instead of replacing it.
 */
package org.cairn.mastery;
