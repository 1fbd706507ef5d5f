package org.policykg.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * Where the pages find their browser libraries: the WebJars on the classpath, served by Spring at
 * {@code /webjars/NAME/VERSION/…}. The versions are read from the WebJars themselves, so the pom is
 * the one place that names them.
 */
@Component("assets")
public class Assets {
    public final String yasguiJs;
    public final String yasguiCss;
    public final String cytoscapeJs;
    public final String echartsJs;

    public Assets() {
        String yasgui = "/webjars/zazuko__yasgui/" + version("zazuko__yasgui");
        this.yasguiJs = yasgui + "/build/yasgui.min.js";
        this.yasguiCss = yasgui + "/build/yasgui.min.css";
        this.cytoscapeJs = "/webjars/cytoscape/" + version("cytoscape") + "/dist/cytoscape.min.js";
        this.echartsJs = "/webjars/echarts/" + version("echarts") + "/dist/echarts.min.js";
    }

    public String getYasguiJs() {
        return yasguiJs;
    }

    public String getYasguiCss() {
        return yasguiCss;
    }

    public String getCytoscapeJs() {
        return cytoscapeJs;
    }

    public String getEchartsJs() {
        return echartsJs;
    }

    private static String version(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifact + " is not on the classpath (" + path + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
