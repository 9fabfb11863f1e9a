@NullMarked
package org.pactum.server.http;

import org.jspecify.annotations.NullMarked;
