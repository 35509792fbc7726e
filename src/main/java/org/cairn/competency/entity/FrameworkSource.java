package org.cairn.competency.entity;

/** How a framework came in: a CASE package or a district's CSV. */
public enum FrameworkSource {
    CASE, CSV
}
