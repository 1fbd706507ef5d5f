package org.policykg.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Outline;
import org.policykg.structure.Table;

/** Entry point of project extraction: the rows of project tables, then projects named with their money in prose. */
public final class ProjectExtractor {

    public List<Project> extract(NormalizedText text, Outline outline) {
        List<Project> out = new ArrayList<>(ProjectTableReader.read(outline.tables()));
        List<Span> tables = outline.tables().stream().map(Table::span).filter(Objects::nonNull).toList();
        out.addAll(ProseProjectPattern.read(text, tables));
        return out;
    }
}
