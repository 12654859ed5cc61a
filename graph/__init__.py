"""From extractions to a graph: identity resolution, RDF, outputs, viewer and exports."""
