package org.policykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes a running server answers, read from where requests are dispatched: Fuseki's registry of
 * datasets and endpoints, and Spring MVC's request mappings (with the configured web root resolved).
 * A route added to a controller is thus listed without anyone writing it down twice.
 */
final class ServedRoutes {
    /** The endpoint people come for first, then the others by name: the same order at every start. */
    private static final Comparator<Map.Entry<Operation, List<String>>> QUERY_FIRST = Comparator
            .comparing((Map.Entry<Operation, List<String>> e) -> !e.getKey().equals(Operation.Query))
            .thenComparing(e -> e.getKey().getDescription());

    private ServedRoutes() {
    }

    static List<ServedRoute> of(ApplicationContext context) {
        List<ServedRoute> routes = new ArrayList<>(fuseki(context.getBean(DataAccessPointRegistry.class)));
        routes.addAll(mvc(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)));
        return routes;
    }

    /** One route per dataset and operation, with every endpoint it answers at. */
    private static List<ServedRoute> fuseki(DataAccessPointRegistry registry) {
        List<ServedRoute> routes = new ArrayList<>();
        for (DataAccessPoint dap : registry.accessPoints()) {
            Map<Operation, List<String>> paths = new LinkedHashMap<>();
            for (Endpoint e : dap.getDataService().getEndpoints()) {
                String path = dap.getName() + (e.isUnnamed() ? "" : "/" + e.getName());
                paths.computeIfAbsent(e.getOperation(), op -> new ArrayList<>()).add(path);
            }
            paths.entrySet().stream().sorted(QUERY_FIRST)
                    .forEach(e -> routes.add(route(e.getKey().getDescription(), namedFirst(e.getValue()))));
        }
        return routes;
    }

    /**
     * Named endpoints by name, then the dataset's own URL (it answers every operation, so it says least);
     * Fuseki keeps endpoints unordered, and the message should not change from one start to the next.
     */
    private static List<String> namedFirst(List<String> paths) {
        return paths.stream().sorted(Comparator.comparing((String p) -> p.chars().filter(c -> c == '/').count()).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** The application's own controllers, by path; Spring Boot's error controller is not a route to call. */
    private static List<ServedRoute> mvc(RequestMappingHandlerMapping mapping) {
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> ours(e.getValue()))
                .map(e -> route(e.getKey()))
                .sorted(Comparator.comparing(ServedRoute::path).thenComparing(ServedRoute::what))
                .toList();
    }

    private static boolean ours(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.policykg.");
    }

    private static ServedRoute route(RequestMappingInfo info) {
        String methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", "));
        return route(methods.isEmpty() ? "any method" : methods, info.getPatternValues().stream().sorted().toList());
    }

    private static ServedRoute route(String what, List<String> paths) {
        return new ServedRoute(what, paths.get(0), paths.subList(1, paths.size()));
    }
}
