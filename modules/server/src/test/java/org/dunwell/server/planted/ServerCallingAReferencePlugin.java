package org.dunwell.server.planted;

import org.dunwell.plugins.kestrel.KestrelBureau;

/** Planted for ArchitectureTest: names a reference plugin's class instead of going through the plugin API. */
public class ServerCallingAReferencePlugin {

    public Object bureau() {
        return new KestrelBureau();
    }
}
