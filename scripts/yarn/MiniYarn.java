import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * A real YARN cluster in one JVM for scripts/spark-yarn-smoke.sh: Hadoop's MiniYARNCluster, one
 * ResourceManager and N NodeManagers on 127.0.0.1, the local file system as the default one (the staging
 * folder and the job's input and output), and with DATA_NODES &gt; 0 beside it a real HDFS, Hadoop's
 * MiniDFSCluster (one NameNode, DATA_NODES DataNodes on 127.0.0.1), for inputs and outputs given as its
 * hdfs:// URIs. Run by Java's source launcher (no build step) on the classpath of
 * `mvn -P yarn-smoke dependency:build-classpath`, in the folder that is to hold the cluster's own folders
 * (MiniYARNCluster puts them under ./target, MiniDFSCluster under ./hdfs):
 * <pre>java -cp CP scripts/yarn/MiniYarn.java CONF_DIR NODE_MANAGERS NODE_MEMORY_MB [DATA_NODES]</pre>
 * Prints the addresses ("mini yarn: …", the NameNode's hdfs:// URI among them), then writes the client's
 * core-site.xml and yarn-site.xml (last) into CONF_DIR (a HADOOP_CONF_DIR) once every NodeManager and
 * DataNode has registered, then runs until stopped; stopping it (SIGTERM) stops the NodeManagers, which
 * kill any container still running, and the HDFS.
 */
public final class MiniYarn {
    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: MiniYarn CONF_DIR NODE_MANAGERS NODE_MEMORY_MB [DATA_NODES]");
            System.exit(2);
        }
        Path confDir = Path.of(args[0]);
        int nodeManagers = Integer.parseInt(args[1]);
        int dataNodes = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        Configuration client = clientSettings(Integer.parseInt(args[2]));
        MiniYARNCluster cluster = new MiniYARNCluster("policykg-yarn-smoke", 1, nodeManagers, 1, 1);
        MiniDFSCluster[] hdfs = new MiniDFSCluster[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long t = System.nanoTime();
            cluster.stop();
            if (hdfs[0] != null) {
                hdfs[0].shutdown();
            }
            System.err.printf("mini yarn: stopped in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }, "stop-mini-yarn"));
        Configuration core = new Configuration(false);
        core.set("fs.defaultFS", "file:///");
        String hdfsLine = "";
        try {
            if (dataNodes > 0) {
                long t = System.nanoTime();
                hdfs[0] = startHdfs(dataNodes);
                double up = (System.nanoTime() - t) / 1e9;
                // the clients (the driver, the executors, FsShell) would ask the DataNodes for 3 replicas
                core.setInt("dfs.replication", Math.min(3, dataNodes));
                // by address, as the ResourceManager's: getURI() names this host
                hdfsLine = ", HDFS hdfs://127.0.0.1:" + hdfs[0].getNameNodePort() + " with " + dataNodes + " DataNodes" + String.format(" (up in %.1f s)", up);
            }
            cluster.init(clusterSettings(client));
            cluster.start();
            if (!cluster.waitForNodeManagersToConnect(60_000)) {
                throw new IllegalStateException("the NodeManagers did not register in 60 s");
            }
            // printed before the files are written: the smoke test reads the addresses once yarn-site.xml is there
            System.out.println("mini yarn: ResourceManager " + client.get(YarnConfiguration.RM_ADDRESS) + ", web "
                    + client.get(YarnConfiguration.RM_WEBAPP_ADDRESS) + ", " + nodeManagers + " NodeManagers" + hdfsLine);
            write(core, confDir, "core-site.xml");
            write(client, confDir, "yarn-site.xml");
        } catch (Exception | Error e) {
            // the services already started would keep the JVM alive
            System.err.println("mini yarn: cannot start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    /**
     * One NameNode and the DataNodes on 127.0.0.1, free ports, their folders under ./hdfs; returns once every
     * DataNode has registered.
     */
    private static MiniDFSCluster startHdfs(int dataNodes) throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, Path.of("hdfs").toAbsolutePath().toString());
        // as for the NodeManagers: the local disk may be fuller than a DataNode would like
        conf.setLong("dfs.datanode.du.reserved", 0);
        MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf).numDataNodes(dataNodes).format(true).build();
        dfs.waitActive();
        return dfs;
    }

    /** The client's settings and what only the cluster's servers read. */
    private static YarnConfiguration clusterSettings(Configuration client) {
        YarnConfiguration conf = new YarnConfiguration();
        client.forEach(e -> conf.set(e.getKey(), e.getValue()));
        // fixed ports: the ResourceManager's addresses as set here, not port 0 on this host's name
        conf.setBoolean(YarnConfiguration.YARN_MINICLUSTER_FIXED_PORTS, true);
        // the NodeManagers still get port 0 on this host's name: they listen on the loopback only
        conf.set("yarn.nodemanager.bind-host", "127.0.0.1");
        // the local disk may be fuller than YARN's default 90 %, which would mark every NodeManager unhealthy
        conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 99.9f);
        // a quick stop: container logs go 1 s after their application ends (a NodeManager keeps an
        // application, and its stop waits ~17 s for it, until they are gone), and a container still
        // running is killed after 1 s
        conf.setLong(YarnConfiguration.NM_LOG_RETAIN_SECONDS, 1);
        conf.setLong(YarnConfiguration.NM_PROCESS_KILL_WAIT_MS, 1000);
        return conf;
    }

    /**
     * What a client needs (the ResourceManager's addresses, on free ports of 127.0.0.1) and what the cluster
     * runs with: the FIFO scheduler, containers sized in steps of 128 MB, each NodeManager offering
     * {@code nodeMemory} MB so that the smoke test's containers cannot all land on one of them.
     */
    private static Configuration clientSettings(int nodeMemory) throws IOException {
        Configuration c = new Configuration(false);
        c.set("fs.defaultFS", "file:///");
        c.set(YarnConfiguration.RM_HOSTNAME, "127.0.0.1");
        c.set(YarnConfiguration.RM_ADDRESS, "127.0.0.1:" + freePort());
        c.set(YarnConfiguration.RM_SCHEDULER_ADDRESS, "127.0.0.1:" + freePort());
        c.set(YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS, "127.0.0.1:" + freePort());
        c.set(YarnConfiguration.RM_ADMIN_ADDRESS, "127.0.0.1:" + freePort());
        c.set(YarnConfiguration.RM_WEBAPP_ADDRESS, "127.0.0.1:" + freePort());
        c.set(YarnConfiguration.RM_SCHEDULER, "org.apache.hadoop.yarn.server.resourcemanager.scheduler.fifo.FifoScheduler");
        c.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        c.setInt(YarnConfiguration.YARN_MINICLUSTER_NM_PMEM_MB, nodeMemory);
        c.setInt(YarnConfiguration.NM_PMEM_MB, nodeMemory);
        return c;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void write(Configuration conf, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(name + ".tmp");
        try (OutputStream out = new FileOutputStream(tmp.toFile())) {
            conf.writeXml(out);
        }
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
