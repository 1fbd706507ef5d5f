package org.policykg.serve.sparql;

import java.util.Iterator;
import java.util.Locale;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's function registries load any class on the class path named by a {@code <java:…>} IRI, as a
 * filter function or a property function. A public query must not choose which of the server's classes
 * to instantiate and run, so these registries (Jena's standard functions, nothing else) answer such an
 * IRI as an unknown function: an error in the expression, never a loaded class.
 */
final class NoJavaFunctions {
    private NoJavaFunctions() {
    }

    static boolean isJava(String uri) {
        return uri != null && uri.strip().toLowerCase(Locale.ROOT).startsWith("java:");
    }

    static void applyTo(Context context) {
        FunctionRegistry functions = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return isJava(uri) ? null : super.get(uri);
            }

            @Override
            public boolean isRegistered(String uri) {
                return !isJava(uri) && super.isRegistered(uri);
            }
        };
        FunctionRegistry standard = FunctionRegistry.get();
        for (Iterator<String> it = standard.keys(); it.hasNext();) {
            String uri = it.next();
            functions.put(uri, standard.get(uri));
        }
        FunctionRegistry.set(context, functions);

        PropertyFunctionRegistry properties = new PropertyFunctionRegistry() {
            @Override
            public PropertyFunctionFactory get(String uri) {
                return isJava(uri) ? null : super.get(uri);
            }

            @Override
            public boolean manages(String uri) {
                return !isJava(uri) && super.manages(uri);
            }

            @Override
            public boolean isRegistered(String uri) {
                return !isJava(uri) && super.isRegistered(uri);
            }
        };
        PropertyFunctionRegistry standardProperties = PropertyFunctionRegistry.get();
        for (Iterator<String> it = standardProperties.keys(); it.hasNext();) {
            String uri = it.next();
            properties.put(uri, standardProperties.get(uri));
        }
        PropertyFunctionRegistry.set(context, properties);
    }
}
