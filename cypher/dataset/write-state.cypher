// Records which dataset the graph holds, so a start-up can tell whether to load it again.
MERGE (state:DatasetState {id: 'curated'})
SET state.hash = $hash, state.loadedAt = datetime(), state.entityCount = $entityCount,
    state.relationCount = $relationCount
