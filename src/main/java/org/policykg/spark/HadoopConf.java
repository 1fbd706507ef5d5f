package org.policykg.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (spark.hadoop.*, core-site.xml: file systems, object-store credentials)
 * carried to the executors, where the input files are opened. Hadoop's Configuration is not serializable.
 */
final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> entries = new TreeMap<>();

    HadoopConf(Configuration conf) {
        conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
    }

    Configuration configuration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
