/**
 * The Joinery linkage engine's public API: what the application and other users of the engine may use.
 * <ul>
 *   <li>{@code org.joinery.linkage}: the {@code Linkage} facade and the command-line {@code LinkageSession};</li>
 *   <li>{@code model}: the model, its comparisons and blocking rules, and the person schema ({@code PersonField},
 *       {@code SourceMapping});</li>
 *   <li>{@code data}: records as the engine reads them ({@code Records}, {@code RowMapper}, {@code CsvReader});</li>
 *   <li>{@code predict}, {@code explain}, {@code evaluate}, {@code live}: the results (scored pairs, waterfalls,
 *       evaluations, front-door searches) and the settings that produce them;</li>
 * </ul>
 * {@code compare} (the comparators and the columnar feature table) and {@code train} (EM) are internal; the
 * benchmark module ({@code linkage-bench}) alone may read the feature table, to load it into DuckDB.
 * {@code EngineApiTest} checks this list, and the application's {@code EngineApiRuleTest} that it imports
 * nothing else. The application runs on the class path, so here this is documentation and a check.
 */
module org.joinery.linkage {
    requires java.management;
    requires tools.jackson.databind;

    exports org.joinery.linkage;
    exports org.joinery.linkage.data;
    exports org.joinery.linkage.evaluate;
    exports org.joinery.linkage.explain;
    exports org.joinery.linkage.live;
    exports org.joinery.linkage.model;
    exports org.joinery.linkage.predict;

    exports org.joinery.linkage.compare to org.joinery.linkage.bench;
}
