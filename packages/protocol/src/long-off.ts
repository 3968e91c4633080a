// Must be imported before the generated code: 64-bit fields then decode as
// plain numbers instead of Long objects. Our int64 fields are Unix
// nanoseconds and counters, for which a double's 53 bits are plenty.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
