#pragma once
// libzmq (ZeroMQ), for the Jupyter kernel's sockets. Nothing of ours: the header only.
#include <zmq.h>
