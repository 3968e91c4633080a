/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const latency = $root.latency = (() => {

    /**
     * Namespace latency.
     * @exports latency
     * @namespace
     */
    const latency = {};

    latency.Event = (function() {

        /**
         * Properties of an Event.
         * @typedef {Object} latency.Event.$Properties
         * @property {string|null} [targetId] Event targetId
         * @property {string|null} [key] Event key
         * @property {number|Long|null} [serverTimestamp] Event serverTimestamp
         * @property {Uint8Array|null} [payload] Event payload
         * @property {number|null} [payloadSize] Event payloadSize
         * @property {Object.<string,string>|null} [metadata] Event metadata
         * @property {number|null} [valueMs] Event valueMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Event.
         * @memberof latency
         * @interface IEvent
         * @augments latency.Event.$Properties
         * @deprecated Use latency.Event.$Properties instead.
         */

        /**
         * Shape of an Event.
         * @typedef {latency.Event.$Properties} latency.Event.$Shape
         */

        /**
         * Constructs a new Event.
         * @memberof latency
         * @classdesc Represents an Event.
         * @constructor
         * @param {latency.Event.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Event = function (properties) {
            this.metadata = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Event targetId.
         * @member {string} targetId
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.targetId = "";

        /**
         * Event key.
         * @member {string} key
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.key = "";

        /**
         * Event serverTimestamp.
         * @member {number|Long} serverTimestamp
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.serverTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Event payload.
         * @member {Uint8Array} payload
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.payload = $util.newBuffer([]);

        /**
         * Event payloadSize.
         * @member {number} payloadSize
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.payloadSize = 0;

        /**
         * Event metadata.
         * @member {Object.<string,string>} metadata
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.metadata = $util.emptyObject;

        /**
         * Event valueMs.
         * @member {number|null|undefined} valueMs
         * @memberof latency.Event
         * @instance
         */
        Event.prototype.valueMs = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(Event.prototype, "_valueMs", {
            get: $util.oneOfGetter($oneOfFields = ["valueMs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Event instance using the specified properties.
         * @function create
         * @memberof latency.Event
         * @static
         * @param {latency.Event.$Properties=} [properties] Properties to set
         * @returns {latency.Event} Event instance
         * @type {{
         *   (properties: latency.Event.$Shape): latency.Event & latency.Event.$Shape;
         *   (properties?: latency.Event.$Properties): latency.Event;
         * }}
         */
        Event.create = function(properties) {
            return new Event(properties);
        };

        /**
         * Encodes the specified Event message. Does not implicitly {@link latency.Event.verify|verify} messages.
         * @function encode
         * @memberof latency.Event
         * @static
         * @param {latency.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetId);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
            if (message.serverTimestamp != null && $Object.hasOwnProperty.call(message, "serverTimestamp") && (typeof message.serverTimestamp === "object" ? message.serverTimestamp.low || message.serverTimestamp.high : message.serverTimestamp !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.serverTimestamp);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.payload);
            if (message.payloadSize != null && $Object.hasOwnProperty.call(message, "payloadSize") && message.payloadSize !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.payloadSize);
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
            if (message.valueMs != null && $Object.hasOwnProperty.call(message, "valueMs"))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.valueMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link latency.Event.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.Event
         * @static
         * @param {latency.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @function decode
         * @memberof latency.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.Event & latency.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.Event();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTimestamp = value;
                        else
                            delete message.serverTimestamp;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.payloadSize = value;
                        else
                            delete message.payloadSize;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (message.metadata === $util.emptyObject)
                            message.metadata = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.metadata, key);
                        message.metadata[key] = value;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        message.valueMs = reader.double();
                        message._valueMs = "valueMs";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.Event & latency.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Event message.
         * @function verify
         * @memberof latency.Event
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Event.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                if (!$util.isString(message.key))
                    return "key: string expected";
            if (message.serverTimestamp != null && $Object.hasOwnProperty.call(message, "serverTimestamp"))
                if (!$util.isInteger(message.serverTimestamp) && !(message.serverTimestamp && $util.isInteger(message.serverTimestamp.low) && $util.isInteger(message.serverTimestamp.high)))
                    return "serverTimestamp: integer|Long expected";
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
            if (message.payloadSize != null && $Object.hasOwnProperty.call(message, "payloadSize"))
                if (!$util.isInteger(message.payloadSize))
                    return "payloadSize: integer expected";
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                if (!$util.isObject(message.metadata))
                    return "metadata: object expected";
                let key = $Object.keys(message.metadata);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.metadata[key[i]]))
                        return "metadata: string{k:string} expected";
            }
            if (message.valueMs != null && $Object.hasOwnProperty.call(message, "valueMs")) {
                properties._valueMs = 1;
                if (typeof message.valueMs !== "number")
                    return "valueMs: number expected";
            }
            return null;
        };

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.Event
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.Event} Event
         */
        Event.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.Event)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.Event: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.Event();
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.key != null)
                if (typeof object.key !== "string" || object.key.length)
                    message.key = $String(object.key);
            if (object.serverTimestamp != null)
                if (typeof object.serverTimestamp === "object" ? object.serverTimestamp.low || object.serverTimestamp.high : $Number(object.serverTimestamp) !== 0)
                    if ($util.Long)
                        message.serverTimestamp = $util.Long.fromValue(object.serverTimestamp, false);
                    else if (typeof object.serverTimestamp === "string")
                        message.serverTimestamp = $parseInt(object.serverTimestamp, 10);
                    else if (typeof object.serverTimestamp === "number")
                        message.serverTimestamp = object.serverTimestamp;
                    else if (typeof object.serverTimestamp === "object")
                        message.serverTimestamp = new $util.LongBits(object.serverTimestamp.low >>> 0, object.serverTimestamp.high >>> 0).toNumber();
            if (object.payload != null)
                if (object.payload.length)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
            if (object.payloadSize != null)
                if ($Number(object.payloadSize) !== 0)
                    message.payloadSize = object.payloadSize >>> 0;
            if (object.metadata) {
                if (!$util.isObject(object.metadata))
                    throw $TypeError(".latency.Event.metadata: object expected");
                message.metadata = {};
                for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.metadata, keys[i]);
                    message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                }
            }
            if (object.valueMs != null)
                message.valueMs = $Number(object.valueMs);
            return message;
        };

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.Event
         * @static
         * @param {latency.Event} message Event
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Event.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.metadata = {};
            if (options.defaults) {
                object.targetId = "";
                object.key = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.serverTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.payload = "";
                else {
                    object.payload = [];
                    if (options.bytes !== $Array)
                        object.payload = $util.newBuffer(object.payload);
                }
                object.payloadSize = 0;
            }
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            if (message.serverTimestamp != null && $Object.hasOwnProperty.call(message, "serverTimestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTimestamp = typeof message.serverTimestamp === "number" ? $BigInt(message.serverTimestamp) : $util.Long.fromBits(message.serverTimestamp.low >>> 0, message.serverTimestamp.high >>> 0, false).toBigInt();
                else if (typeof message.serverTimestamp === "number")
                    object.serverTimestamp = options.longs === $String ? $String(message.serverTimestamp) : message.serverTimestamp;
                else
                    object.serverTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimestamp) : options.longs === $Number ? new $util.LongBits(message.serverTimestamp.low >>> 0, message.serverTimestamp.high >>> 0).toNumber() : message.serverTimestamp;
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
            if (message.payloadSize != null && $Object.hasOwnProperty.call(message, "payloadSize"))
                object.payloadSize = message.payloadSize;
            let keys2;
            if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                object.metadata = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.metadata, keys2[j]);
                    object.metadata[keys2[j]] = message.metadata[keys2[j]];
                }
            }
            if (message.valueMs != null && $Object.hasOwnProperty.call(message, "valueMs"))
                object.valueMs = options.json && !$isFinite(message.valueMs) ? $String(message.valueMs) : message.valueMs;
            return object;
        };

        /**
         * Converts this Event to JSON.
         * @function toJSON
         * @memberof latency.Event
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Event.prototype.toJSON = function() {
            return Event.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Event
         * @function getTypeUrl
         * @memberof latency.Event
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Event.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.Event";
        };

        return Event;
    })();

    latency.EventBatch = (function() {

        /**
         * Properties of an EventBatch.
         * @typedef {Object} latency.EventBatch.$Properties
         * @property {Array.<latency.Event.$Properties>|null} [events] EventBatch events
         * @property {number|Long|null} [batchId] EventBatch batchId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EventBatch.
         * @memberof latency
         * @interface IEventBatch
         * @augments latency.EventBatch.$Properties
         * @deprecated Use latency.EventBatch.$Properties instead.
         */

        /**
         * Shape of an EventBatch.
         * @typedef {latency.EventBatch.$Properties} latency.EventBatch.$Shape
         */

        /**
         * Constructs a new EventBatch.
         * @memberof latency
         * @classdesc Represents an EventBatch.
         * @constructor
         * @param {latency.EventBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EventBatch = function (properties) {
            this.events = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EventBatch events.
         * @member {Array.<latency.Event.$Properties>} events
         * @memberof latency.EventBatch
         * @instance
         */
        EventBatch.prototype.events = $util.emptyArray;

        /**
         * EventBatch batchId.
         * @member {number|Long} batchId
         * @memberof latency.EventBatch
         * @instance
         */
        EventBatch.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new EventBatch instance using the specified properties.
         * @function create
         * @memberof latency.EventBatch
         * @static
         * @param {latency.EventBatch.$Properties=} [properties] Properties to set
         * @returns {latency.EventBatch} EventBatch instance
         * @type {{
         *   (properties: latency.EventBatch.$Shape): latency.EventBatch & latency.EventBatch.$Shape;
         *   (properties?: latency.EventBatch.$Properties): latency.EventBatch;
         * }}
         */
        EventBatch.create = function(properties) {
            return new EventBatch(properties);
        };

        /**
         * Encodes the specified EventBatch message. Does not implicitly {@link latency.EventBatch.verify|verify} messages.
         * @function encode
         * @memberof latency.EventBatch
         * @static
         * @param {latency.EventBatch.$Properties} message EventBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EventBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.events != null && message.events.length)
                for (let i = 0; i < message.events.length; ++i)
                    $root.latency.Event.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId") && (typeof message.batchId === "object" ? message.batchId.low || message.batchId.high : message.batchId !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.batchId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified EventBatch message, length delimited. Does not implicitly {@link latency.EventBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.EventBatch
         * @static
         * @param {latency.EventBatch.$Properties} message EventBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EventBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an EventBatch message from the specified reader or buffer.
         * @function decode
         * @memberof latency.EventBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.EventBatch & latency.EventBatch.$Shape} EventBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EventBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.EventBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.events && message.events.length))
                            message.events = [];
                        message.events.push($root.latency.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.batchId = value;
                        else
                            delete message.batchId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an EventBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.EventBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.EventBatch & latency.EventBatch.$Shape} EventBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EventBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an EventBatch message.
         * @function verify
         * @memberof latency.EventBatch
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        EventBatch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                if (!$Array.isArray(message.events))
                    return "events: array expected";
                for (let i = 0; i < message.events.length; ++i) {
                    let error = $root.latency.Event.verify(message.events[i], _depth + 1);
                    if (error)
                        return "events." + error;
                }
            }
            if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId"))
                if (!$util.isInteger(message.batchId) && !(message.batchId && $util.isInteger(message.batchId.low) && $util.isInteger(message.batchId.high)))
                    return "batchId: integer|Long expected";
            return null;
        };

        /**
         * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.EventBatch
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.EventBatch} EventBatch
         */
        EventBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.EventBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.EventBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.EventBatch();
            if (object.events) {
                if (!$Array.isArray(object.events))
                    throw $TypeError(".latency.EventBatch.events: array expected");
                message.events = $Array(object.events.length);
                for (let i = 0; i < object.events.length; ++i) {
                    if (!$util.isObject(object.events[i]))
                        throw $TypeError(".latency.EventBatch.events: object expected");
                    message.events[i] = $root.latency.Event.fromObject(object.events[i], _depth + 1);
                }
            }
            if (object.batchId != null)
                if (typeof object.batchId === "object" ? object.batchId.low || object.batchId.high : $Number(object.batchId) !== 0)
                    if ($util.Long)
                        message.batchId = $util.Long.fromValue(object.batchId, true);
                    else if (typeof object.batchId === "string")
                        message.batchId = $parseInt(object.batchId, 10);
                    else if (typeof object.batchId === "number")
                        message.batchId = object.batchId;
                    else if (typeof object.batchId === "object")
                        message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.EventBatch
         * @static
         * @param {latency.EventBatch} message EventBatch
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        EventBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.events = [];
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.batchId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.batchId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.events && message.events.length) {
                object.events = $Array(message.events.length);
                for (let j = 0; j < message.events.length; ++j)
                    object.events[j] = $root.latency.Event.toObject(message.events[j], options, _depth + 1);
            }
            if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.batchId = typeof message.batchId === "number" ? $BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                else if (typeof message.batchId === "number")
                    object.batchId = options.longs === $String ? $String(message.batchId) : message.batchId;
                else
                    object.batchId = options.longs === $String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === $Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
            return object;
        };

        /**
         * Converts this EventBatch to JSON.
         * @function toJSON
         * @memberof latency.EventBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        EventBatch.prototype.toJSON = function() {
            return EventBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for EventBatch
         * @function getTypeUrl
         * @memberof latency.EventBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        EventBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.EventBatch";
        };

        return EventBatch;
    })();

    latency.MetricsUpdate = (function() {

        /**
         * Properties of a MetricsUpdate.
         * @typedef {Object} latency.MetricsUpdate.$Properties
         * @property {string|null} [targetId] MetricsUpdate targetId
         * @property {string|null} [key] MetricsUpdate key
         * @property {Object.<string,string>|null} [metadata] MetricsUpdate metadata
         * @property {number|null} [minLatency] MetricsUpdate minLatency
         * @property {number|null} [maxLatency] MetricsUpdate maxLatency
         * @property {number|null} [avgLatency] MetricsUpdate avgLatency
         * @property {number|null} [p90Latency] MetricsUpdate p90Latency
         * @property {number|null} [avgProcessingTime] MetricsUpdate avgProcessingTime
         * @property {number|null} [throughput] MetricsUpdate throughput
         * @property {number|Long|null} [count] MetricsUpdate count
         * @property {number|null} [lastPayloadSize] MetricsUpdate lastPayloadSize
         * @property {number|Long|null} [lastUpdate] MetricsUpdate lastUpdate
         * @property {number|null} [p50Latency] MetricsUpdate p50Latency
         * @property {number|null} [p95Latency] MetricsUpdate p95Latency
         * @property {number|null} [p99Latency] MetricsUpdate p99Latency
         * @property {number|null} [seriesId] MetricsUpdate seriesId
         * @property {number|null} [sampleCount] MetricsUpdate sampleCount
         * @property {number|null} [eventsPerSecond] MetricsUpdate eventsPerSecond
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetricsUpdate.
         * @memberof latency
         * @interface IMetricsUpdate
         * @augments latency.MetricsUpdate.$Properties
         * @deprecated Use latency.MetricsUpdate.$Properties instead.
         */

        /**
         * Shape of a MetricsUpdate.
         * @typedef {latency.MetricsUpdate.$Properties} latency.MetricsUpdate.$Shape
         */

        /**
         * Constructs a new MetricsUpdate.
         * @memberof latency
         * @classdesc Represents a MetricsUpdate.
         * @constructor
         * @param {latency.MetricsUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetricsUpdate = function (properties) {
            this.metadata = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MetricsUpdate targetId.
         * @member {string} targetId
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.targetId = "";

        /**
         * MetricsUpdate key.
         * @member {string} key
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.key = "";

        /**
         * MetricsUpdate metadata.
         * @member {Object.<string,string>} metadata
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.metadata = $util.emptyObject;

        /**
         * MetricsUpdate minLatency.
         * @member {number|null|undefined} minLatency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.minLatency = null;

        /**
         * MetricsUpdate maxLatency.
         * @member {number|null|undefined} maxLatency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.maxLatency = null;

        /**
         * MetricsUpdate avgLatency.
         * @member {number|null|undefined} avgLatency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.avgLatency = null;

        /**
         * MetricsUpdate p90Latency.
         * @member {number|null|undefined} p90Latency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.p90Latency = null;

        /**
         * MetricsUpdate avgProcessingTime.
         * @member {number|null|undefined} avgProcessingTime
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.avgProcessingTime = null;

        /**
         * MetricsUpdate throughput.
         * @member {number|null|undefined} throughput
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.throughput = null;

        /**
         * MetricsUpdate count.
         * @member {number|Long|null|undefined} count
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.count = null;

        /**
         * MetricsUpdate lastPayloadSize.
         * @member {number|null|undefined} lastPayloadSize
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.lastPayloadSize = null;

        /**
         * MetricsUpdate lastUpdate.
         * @member {number|Long|null|undefined} lastUpdate
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.lastUpdate = null;

        /**
         * MetricsUpdate p50Latency.
         * @member {number|null|undefined} p50Latency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.p50Latency = null;

        /**
         * MetricsUpdate p95Latency.
         * @member {number|null|undefined} p95Latency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.p95Latency = null;

        /**
         * MetricsUpdate p99Latency.
         * @member {number|null|undefined} p99Latency
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.p99Latency = null;

        /**
         * MetricsUpdate seriesId.
         * @member {number} seriesId
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.seriesId = 0;

        /**
         * MetricsUpdate sampleCount.
         * @member {number|null|undefined} sampleCount
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.sampleCount = null;

        /**
         * MetricsUpdate eventsPerSecond.
         * @member {number|null|undefined} eventsPerSecond
         * @memberof latency.MetricsUpdate
         * @instance
         */
        MetricsUpdate.prototype.eventsPerSecond = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_minLatency", {
            get: $util.oneOfGetter($oneOfFields = ["minLatency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_maxLatency", {
            get: $util.oneOfGetter($oneOfFields = ["maxLatency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_avgLatency", {
            get: $util.oneOfGetter($oneOfFields = ["avgLatency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_p90Latency", {
            get: $util.oneOfGetter($oneOfFields = ["p90Latency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_avgProcessingTime", {
            get: $util.oneOfGetter($oneOfFields = ["avgProcessingTime"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_throughput", {
            get: $util.oneOfGetter($oneOfFields = ["throughput"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_count", {
            get: $util.oneOfGetter($oneOfFields = ["count"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_lastPayloadSize", {
            get: $util.oneOfGetter($oneOfFields = ["lastPayloadSize"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_lastUpdate", {
            get: $util.oneOfGetter($oneOfFields = ["lastUpdate"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_p50Latency", {
            get: $util.oneOfGetter($oneOfFields = ["p50Latency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_p95Latency", {
            get: $util.oneOfGetter($oneOfFields = ["p95Latency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_p99Latency", {
            get: $util.oneOfGetter($oneOfFields = ["p99Latency"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_sampleCount", {
            get: $util.oneOfGetter($oneOfFields = ["sampleCount"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MetricsUpdate.prototype, "_eventsPerSecond", {
            get: $util.oneOfGetter($oneOfFields = ["eventsPerSecond"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new MetricsUpdate instance using the specified properties.
         * @function create
         * @memberof latency.MetricsUpdate
         * @static
         * @param {latency.MetricsUpdate.$Properties=} [properties] Properties to set
         * @returns {latency.MetricsUpdate} MetricsUpdate instance
         * @type {{
         *   (properties: latency.MetricsUpdate.$Shape): latency.MetricsUpdate & latency.MetricsUpdate.$Shape;
         *   (properties?: latency.MetricsUpdate.$Properties): latency.MetricsUpdate;
         * }}
         */
        MetricsUpdate.create = function(properties) {
            return new MetricsUpdate(properties);
        };

        /**
         * Encodes the specified MetricsUpdate message. Does not implicitly {@link latency.MetricsUpdate.verify|verify} messages.
         * @function encode
         * @memberof latency.MetricsUpdate
         * @static
         * @param {latency.MetricsUpdate.$Properties} message MetricsUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetId);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
            if (message.minLatency != null && $Object.hasOwnProperty.call(message, "minLatency"))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.minLatency);
            if (message.maxLatency != null && $Object.hasOwnProperty.call(message, "maxLatency"))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.maxLatency);
            if (message.avgLatency != null && $Object.hasOwnProperty.call(message, "avgLatency"))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.avgLatency);
            if (message.p90Latency != null && $Object.hasOwnProperty.call(message, "p90Latency"))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.p90Latency);
            if (message.avgProcessingTime != null && $Object.hasOwnProperty.call(message, "avgProcessingTime"))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.avgProcessingTime);
            if (message.throughput != null && $Object.hasOwnProperty.call(message, "throughput"))
                writer.uint32(/* id 9, wireType 1 =*/73).double(message.throughput);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.count);
            if (message.lastPayloadSize != null && $Object.hasOwnProperty.call(message, "lastPayloadSize"))
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.lastPayloadSize);
            if (message.lastUpdate != null && $Object.hasOwnProperty.call(message, "lastUpdate"))
                writer.uint32(/* id 12, wireType 0 =*/96).int64(message.lastUpdate);
            if (message.p50Latency != null && $Object.hasOwnProperty.call(message, "p50Latency"))
                writer.uint32(/* id 13, wireType 1 =*/105).double(message.p50Latency);
            if (message.p95Latency != null && $Object.hasOwnProperty.call(message, "p95Latency"))
                writer.uint32(/* id 14, wireType 1 =*/113).double(message.p95Latency);
            if (message.p99Latency != null && $Object.hasOwnProperty.call(message, "p99Latency"))
                writer.uint32(/* id 15, wireType 1 =*/121).double(message.p99Latency);
            if (message.seriesId != null && $Object.hasOwnProperty.call(message, "seriesId") && message.seriesId !== 0)
                writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.seriesId);
            if (message.sampleCount != null && $Object.hasOwnProperty.call(message, "sampleCount"))
                writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.sampleCount);
            if (message.eventsPerSecond != null && $Object.hasOwnProperty.call(message, "eventsPerSecond"))
                writer.uint32(/* id 18, wireType 1 =*/145).double(message.eventsPerSecond);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MetricsUpdate message, length delimited. Does not implicitly {@link latency.MetricsUpdate.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.MetricsUpdate
         * @static
         * @param {latency.MetricsUpdate.$Properties} message MetricsUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsUpdate.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetricsUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof latency.MetricsUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.MetricsUpdate & latency.MetricsUpdate.$Shape} MetricsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsUpdate.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.MetricsUpdate();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (message.metadata === $util.emptyObject)
                            message.metadata = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.metadata, key);
                        message.metadata[key] = value;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        message.minLatency = reader.double();
                        message._minLatency = "minLatency";
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        message.maxLatency = reader.double();
                        message._maxLatency = "maxLatency";
                        continue;
                    }
                case 6: {
                        if (wireType !== 1)
                            break;
                        message.avgLatency = reader.double();
                        message._avgLatency = "avgLatency";
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        message.p90Latency = reader.double();
                        message._p90Latency = "p90Latency";
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        message.avgProcessingTime = reader.double();
                        message._avgProcessingTime = "avgProcessingTime";
                        continue;
                    }
                case 9: {
                        if (wireType !== 1)
                            break;
                        message.throughput = reader.double();
                        message._throughput = "throughput";
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.count = reader.uint64();
                        message._count = "count";
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.lastPayloadSize = reader.uint32();
                        message._lastPayloadSize = "lastPayloadSize";
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.lastUpdate = reader.int64();
                        message._lastUpdate = "lastUpdate";
                        continue;
                    }
                case 13: {
                        if (wireType !== 1)
                            break;
                        message.p50Latency = reader.double();
                        message._p50Latency = "p50Latency";
                        continue;
                    }
                case 14: {
                        if (wireType !== 1)
                            break;
                        message.p95Latency = reader.double();
                        message._p95Latency = "p95Latency";
                        continue;
                    }
                case 15: {
                        if (wireType !== 1)
                            break;
                        message.p99Latency = reader.double();
                        message._p99Latency = "p99Latency";
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seriesId = value;
                        else
                            delete message.seriesId;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        message.sampleCount = reader.uint32();
                        message._sampleCount = "sampleCount";
                        continue;
                    }
                case 18: {
                        if (wireType !== 1)
                            break;
                        message.eventsPerSecond = reader.double();
                        message._eventsPerSecond = "eventsPerSecond";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MetricsUpdate message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.MetricsUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.MetricsUpdate & latency.MetricsUpdate.$Shape} MetricsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsUpdate.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MetricsUpdate message.
         * @function verify
         * @memberof latency.MetricsUpdate
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MetricsUpdate.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                if (!$util.isString(message.key))
                    return "key: string expected";
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                if (!$util.isObject(message.metadata))
                    return "metadata: object expected";
                let key = $Object.keys(message.metadata);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.metadata[key[i]]))
                        return "metadata: string{k:string} expected";
            }
            if (message.minLatency != null && $Object.hasOwnProperty.call(message, "minLatency")) {
                properties._minLatency = 1;
                if (typeof message.minLatency !== "number")
                    return "minLatency: number expected";
            }
            if (message.maxLatency != null && $Object.hasOwnProperty.call(message, "maxLatency")) {
                properties._maxLatency = 1;
                if (typeof message.maxLatency !== "number")
                    return "maxLatency: number expected";
            }
            if (message.avgLatency != null && $Object.hasOwnProperty.call(message, "avgLatency")) {
                properties._avgLatency = 1;
                if (typeof message.avgLatency !== "number")
                    return "avgLatency: number expected";
            }
            if (message.p90Latency != null && $Object.hasOwnProperty.call(message, "p90Latency")) {
                properties._p90Latency = 1;
                if (typeof message.p90Latency !== "number")
                    return "p90Latency: number expected";
            }
            if (message.avgProcessingTime != null && $Object.hasOwnProperty.call(message, "avgProcessingTime")) {
                properties._avgProcessingTime = 1;
                if (typeof message.avgProcessingTime !== "number")
                    return "avgProcessingTime: number expected";
            }
            if (message.throughput != null && $Object.hasOwnProperty.call(message, "throughput")) {
                properties._throughput = 1;
                if (typeof message.throughput !== "number")
                    return "throughput: number expected";
            }
            if (message.count != null && $Object.hasOwnProperty.call(message, "count")) {
                properties._count = 1;
                if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                    return "count: integer|Long expected";
            }
            if (message.lastPayloadSize != null && $Object.hasOwnProperty.call(message, "lastPayloadSize")) {
                properties._lastPayloadSize = 1;
                if (!$util.isInteger(message.lastPayloadSize))
                    return "lastPayloadSize: integer expected";
            }
            if (message.lastUpdate != null && $Object.hasOwnProperty.call(message, "lastUpdate")) {
                properties._lastUpdate = 1;
                if (!$util.isInteger(message.lastUpdate) && !(message.lastUpdate && $util.isInteger(message.lastUpdate.low) && $util.isInteger(message.lastUpdate.high)))
                    return "lastUpdate: integer|Long expected";
            }
            if (message.p50Latency != null && $Object.hasOwnProperty.call(message, "p50Latency")) {
                properties._p50Latency = 1;
                if (typeof message.p50Latency !== "number")
                    return "p50Latency: number expected";
            }
            if (message.p95Latency != null && $Object.hasOwnProperty.call(message, "p95Latency")) {
                properties._p95Latency = 1;
                if (typeof message.p95Latency !== "number")
                    return "p95Latency: number expected";
            }
            if (message.p99Latency != null && $Object.hasOwnProperty.call(message, "p99Latency")) {
                properties._p99Latency = 1;
                if (typeof message.p99Latency !== "number")
                    return "p99Latency: number expected";
            }
            if (message.seriesId != null && $Object.hasOwnProperty.call(message, "seriesId"))
                if (!$util.isInteger(message.seriesId))
                    return "seriesId: integer expected";
            if (message.sampleCount != null && $Object.hasOwnProperty.call(message, "sampleCount")) {
                properties._sampleCount = 1;
                if (!$util.isInteger(message.sampleCount))
                    return "sampleCount: integer expected";
            }
            if (message.eventsPerSecond != null && $Object.hasOwnProperty.call(message, "eventsPerSecond")) {
                properties._eventsPerSecond = 1;
                if (typeof message.eventsPerSecond !== "number")
                    return "eventsPerSecond: number expected";
            }
            return null;
        };

        /**
         * Creates a MetricsUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.MetricsUpdate
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.MetricsUpdate} MetricsUpdate
         */
        MetricsUpdate.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.MetricsUpdate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.MetricsUpdate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.MetricsUpdate();
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.key != null)
                if (typeof object.key !== "string" || object.key.length)
                    message.key = $String(object.key);
            if (object.metadata) {
                if (!$util.isObject(object.metadata))
                    throw $TypeError(".latency.MetricsUpdate.metadata: object expected");
                message.metadata = {};
                for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.metadata, keys[i]);
                    message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                }
            }
            if (object.minLatency != null)
                message.minLatency = $Number(object.minLatency);
            if (object.maxLatency != null)
                message.maxLatency = $Number(object.maxLatency);
            if (object.avgLatency != null)
                message.avgLatency = $Number(object.avgLatency);
            if (object.p90Latency != null)
                message.p90Latency = $Number(object.p90Latency);
            if (object.avgProcessingTime != null)
                message.avgProcessingTime = $Number(object.avgProcessingTime);
            if (object.throughput != null)
                message.throughput = $Number(object.throughput);
            if (object.count != null)
                if ($util.Long)
                    message.count = $util.Long.fromValue(object.count, true);
                else if (typeof object.count === "string")
                    message.count = $parseInt(object.count, 10);
                else if (typeof object.count === "number")
                    message.count = object.count;
                else if (typeof object.count === "object")
                    message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
            if (object.lastPayloadSize != null)
                message.lastPayloadSize = object.lastPayloadSize >>> 0;
            if (object.lastUpdate != null)
                if ($util.Long)
                    message.lastUpdate = $util.Long.fromValue(object.lastUpdate, false);
                else if (typeof object.lastUpdate === "string")
                    message.lastUpdate = $parseInt(object.lastUpdate, 10);
                else if (typeof object.lastUpdate === "number")
                    message.lastUpdate = object.lastUpdate;
                else if (typeof object.lastUpdate === "object")
                    message.lastUpdate = new $util.LongBits(object.lastUpdate.low >>> 0, object.lastUpdate.high >>> 0).toNumber();
            if (object.p50Latency != null)
                message.p50Latency = $Number(object.p50Latency);
            if (object.p95Latency != null)
                message.p95Latency = $Number(object.p95Latency);
            if (object.p99Latency != null)
                message.p99Latency = $Number(object.p99Latency);
            if (object.seriesId != null)
                if ($Number(object.seriesId) !== 0)
                    message.seriesId = object.seriesId >>> 0;
            if (object.sampleCount != null)
                message.sampleCount = object.sampleCount >>> 0;
            if (object.eventsPerSecond != null)
                message.eventsPerSecond = $Number(object.eventsPerSecond);
            return message;
        };

        /**
         * Creates a plain object from a MetricsUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.MetricsUpdate
         * @static
         * @param {latency.MetricsUpdate} message MetricsUpdate
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetricsUpdate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.metadata = {};
            if (options.defaults) {
                object.targetId = "";
                object.key = "";
                object.seriesId = 0;
            }
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            let keys2;
            if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                object.metadata = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.metadata, keys2[j]);
                    object.metadata[keys2[j]] = message.metadata[keys2[j]];
                }
            }
            if (message.minLatency != null && $Object.hasOwnProperty.call(message, "minLatency"))
                object.minLatency = options.json && !$isFinite(message.minLatency) ? $String(message.minLatency) : message.minLatency;
            if (message.maxLatency != null && $Object.hasOwnProperty.call(message, "maxLatency"))
                object.maxLatency = options.json && !$isFinite(message.maxLatency) ? $String(message.maxLatency) : message.maxLatency;
            if (message.avgLatency != null && $Object.hasOwnProperty.call(message, "avgLatency"))
                object.avgLatency = options.json && !$isFinite(message.avgLatency) ? $String(message.avgLatency) : message.avgLatency;
            if (message.p90Latency != null && $Object.hasOwnProperty.call(message, "p90Latency"))
                object.p90Latency = options.json && !$isFinite(message.p90Latency) ? $String(message.p90Latency) : message.p90Latency;
            if (message.avgProcessingTime != null && $Object.hasOwnProperty.call(message, "avgProcessingTime"))
                object.avgProcessingTime = options.json && !$isFinite(message.avgProcessingTime) ? $String(message.avgProcessingTime) : message.avgProcessingTime;
            if (message.throughput != null && $Object.hasOwnProperty.call(message, "throughput"))
                object.throughput = options.json && !$isFinite(message.throughput) ? $String(message.throughput) : message.throughput;
            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                else if (typeof message.count === "number")
                    object.count = options.longs === $String ? $String(message.count) : message.count;
                else
                    object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
            if (message.lastPayloadSize != null && $Object.hasOwnProperty.call(message, "lastPayloadSize"))
                object.lastPayloadSize = message.lastPayloadSize;
            if (message.lastUpdate != null && $Object.hasOwnProperty.call(message, "lastUpdate"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.lastUpdate = typeof message.lastUpdate === "number" ? $BigInt(message.lastUpdate) : $util.Long.fromBits(message.lastUpdate.low >>> 0, message.lastUpdate.high >>> 0, false).toBigInt();
                else if (typeof message.lastUpdate === "number")
                    object.lastUpdate = options.longs === $String ? $String(message.lastUpdate) : message.lastUpdate;
                else
                    object.lastUpdate = options.longs === $String ? $util.Long.prototype.toString.call(message.lastUpdate) : options.longs === $Number ? new $util.LongBits(message.lastUpdate.low >>> 0, message.lastUpdate.high >>> 0).toNumber() : message.lastUpdate;
            if (message.p50Latency != null && $Object.hasOwnProperty.call(message, "p50Latency"))
                object.p50Latency = options.json && !$isFinite(message.p50Latency) ? $String(message.p50Latency) : message.p50Latency;
            if (message.p95Latency != null && $Object.hasOwnProperty.call(message, "p95Latency"))
                object.p95Latency = options.json && !$isFinite(message.p95Latency) ? $String(message.p95Latency) : message.p95Latency;
            if (message.p99Latency != null && $Object.hasOwnProperty.call(message, "p99Latency"))
                object.p99Latency = options.json && !$isFinite(message.p99Latency) ? $String(message.p99Latency) : message.p99Latency;
            if (message.seriesId != null && $Object.hasOwnProperty.call(message, "seriesId"))
                object.seriesId = message.seriesId;
            if (message.sampleCount != null && $Object.hasOwnProperty.call(message, "sampleCount"))
                object.sampleCount = message.sampleCount;
            if (message.eventsPerSecond != null && $Object.hasOwnProperty.call(message, "eventsPerSecond"))
                object.eventsPerSecond = options.json && !$isFinite(message.eventsPerSecond) ? $String(message.eventsPerSecond) : message.eventsPerSecond;
            return object;
        };

        /**
         * Converts this MetricsUpdate to JSON.
         * @function toJSON
         * @memberof latency.MetricsUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetricsUpdate.prototype.toJSON = function() {
            return MetricsUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetricsUpdate
         * @function getTypeUrl
         * @memberof latency.MetricsUpdate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetricsUpdate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.MetricsUpdate";
        };

        return MetricsUpdate;
    })();

    latency.InitMessage = (function() {

        /**
         * Properties of an InitMessage.
         * @typedef {Object} latency.InitMessage.$Properties
         * @property {string|null} [message] InitMessage message
         * @property {number|Long|null} [serverTime] InitMessage serverTime
         * @property {Array.<string>|null} [availableTargets] InitMessage availableTargets
         * @property {number|null} [protocolVersion] InitMessage protocolVersion
         * @property {number|null} [defaultIntervalMs] InitMessage defaultIntervalMs
         * @property {number|null} [minIntervalMs] InitMessage minIntervalMs
         * @property {number|null} [maxIntervalMs] InitMessage maxIntervalMs
         * @property {number|null} [maxFrameBytes] InitMessage maxFrameBytes
         * @property {number|null} [windowSamples] InitMessage windowSamples
         * @property {string|null} [serverId] InitMessage serverId
         * @property {number|null} [maxViewRows] InitMessage maxViewRows
         * @property {number|null} [viewThresholdSeries] InitMessage viewThresholdSeries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InitMessage.
         * @memberof latency
         * @interface IInitMessage
         * @augments latency.InitMessage.$Properties
         * @deprecated Use latency.InitMessage.$Properties instead.
         */

        /**
         * Shape of an InitMessage.
         * @typedef {latency.InitMessage.$Properties} latency.InitMessage.$Shape
         */

        /**
         * Constructs a new InitMessage.
         * @memberof latency
         * @classdesc Represents an InitMessage.
         * @constructor
         * @param {latency.InitMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InitMessage = function (properties) {
            this.availableTargets = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InitMessage message.
         * @member {string} message
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.message = "";

        /**
         * InitMessage serverTime.
         * @member {number|Long} serverTime
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * InitMessage availableTargets.
         * @member {Array.<string>} availableTargets
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.availableTargets = $util.emptyArray;

        /**
         * InitMessage protocolVersion.
         * @member {number} protocolVersion
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.protocolVersion = 0;

        /**
         * InitMessage defaultIntervalMs.
         * @member {number} defaultIntervalMs
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.defaultIntervalMs = 0;

        /**
         * InitMessage minIntervalMs.
         * @member {number} minIntervalMs
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.minIntervalMs = 0;

        /**
         * InitMessage maxIntervalMs.
         * @member {number} maxIntervalMs
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.maxIntervalMs = 0;

        /**
         * InitMessage maxFrameBytes.
         * @member {number} maxFrameBytes
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.maxFrameBytes = 0;

        /**
         * InitMessage windowSamples.
         * @member {number} windowSamples
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.windowSamples = 0;

        /**
         * InitMessage serverId.
         * @member {string} serverId
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.serverId = "";

        /**
         * InitMessage maxViewRows.
         * @member {number} maxViewRows
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.maxViewRows = 0;

        /**
         * InitMessage viewThresholdSeries.
         * @member {number} viewThresholdSeries
         * @memberof latency.InitMessage
         * @instance
         */
        InitMessage.prototype.viewThresholdSeries = 0;

        /**
         * Creates a new InitMessage instance using the specified properties.
         * @function create
         * @memberof latency.InitMessage
         * @static
         * @param {latency.InitMessage.$Properties=} [properties] Properties to set
         * @returns {latency.InitMessage} InitMessage instance
         * @type {{
         *   (properties: latency.InitMessage.$Shape): latency.InitMessage & latency.InitMessage.$Shape;
         *   (properties?: latency.InitMessage.$Properties): latency.InitMessage;
         * }}
         */
        InitMessage.create = function(properties) {
            return new InitMessage(properties);
        };

        /**
         * Encodes the specified InitMessage message. Does not implicitly {@link latency.InitMessage.verify|verify} messages.
         * @function encode
         * @memberof latency.InitMessage
         * @static
         * @param {latency.InitMessage.$Properties} message InitMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.serverTime);
            if (message.availableTargets != null && message.availableTargets.length)
                for (let i = 0; i < message.availableTargets.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.availableTargets[i]);
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolVersion);
            if (message.defaultIntervalMs != null && $Object.hasOwnProperty.call(message, "defaultIntervalMs") && message.defaultIntervalMs !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.defaultIntervalMs);
            if (message.minIntervalMs != null && $Object.hasOwnProperty.call(message, "minIntervalMs") && message.minIntervalMs !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.minIntervalMs);
            if (message.maxIntervalMs != null && $Object.hasOwnProperty.call(message, "maxIntervalMs") && message.maxIntervalMs !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxIntervalMs);
            if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxFrameBytes);
            if (message.windowSamples != null && $Object.hasOwnProperty.call(message, "windowSamples") && message.windowSamples !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.windowSamples);
            if (message.serverId != null && $Object.hasOwnProperty.call(message, "serverId") && message.serverId !== "")
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.serverId);
            if (message.maxViewRows != null && $Object.hasOwnProperty.call(message, "maxViewRows") && message.maxViewRows !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.maxViewRows);
            if (message.viewThresholdSeries != null && $Object.hasOwnProperty.call(message, "viewThresholdSeries") && message.viewThresholdSeries !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.viewThresholdSeries);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InitMessage message, length delimited. Does not implicitly {@link latency.InitMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.InitMessage
         * @static
         * @param {latency.InitMessage.$Properties} message InitMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InitMessage message from the specified reader or buffer.
         * @function decode
         * @memberof latency.InitMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.InitMessage & latency.InitMessage.$Shape} InitMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.InitMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.availableTargets && message.availableTargets.length))
                            message.availableTargets = [];
                        message.availableTargets.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.protocolVersion = value;
                        else
                            delete message.protocolVersion;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.defaultIntervalMs = value;
                        else
                            delete message.defaultIntervalMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.minIntervalMs = value;
                        else
                            delete message.minIntervalMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxIntervalMs = value;
                        else
                            delete message.maxIntervalMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxFrameBytes = value;
                        else
                            delete message.maxFrameBytes;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.windowSamples = value;
                        else
                            delete message.windowSamples;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.serverId = value;
                        else
                            delete message.serverId;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxViewRows = value;
                        else
                            delete message.maxViewRows;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.viewThresholdSeries = value;
                        else
                            delete message.viewThresholdSeries;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an InitMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.InitMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.InitMessage & latency.InitMessage.$Shape} InitMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InitMessage message.
         * @function verify
         * @memberof latency.InitMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InitMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (!$util.isInteger(message.serverTime) && !(message.serverTime && $util.isInteger(message.serverTime.low) && $util.isInteger(message.serverTime.high)))
                    return "serverTime: integer|Long expected";
            if (message.availableTargets != null && $Object.hasOwnProperty.call(message, "availableTargets")) {
                if (!$Array.isArray(message.availableTargets))
                    return "availableTargets: array expected";
                for (let i = 0; i < message.availableTargets.length; ++i)
                    if (!$util.isString(message.availableTargets[i]))
                        return "availableTargets: string[] expected";
            }
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                if (!$util.isInteger(message.protocolVersion))
                    return "protocolVersion: integer expected";
            if (message.defaultIntervalMs != null && $Object.hasOwnProperty.call(message, "defaultIntervalMs"))
                if (!$util.isInteger(message.defaultIntervalMs))
                    return "defaultIntervalMs: integer expected";
            if (message.minIntervalMs != null && $Object.hasOwnProperty.call(message, "minIntervalMs"))
                if (!$util.isInteger(message.minIntervalMs))
                    return "minIntervalMs: integer expected";
            if (message.maxIntervalMs != null && $Object.hasOwnProperty.call(message, "maxIntervalMs"))
                if (!$util.isInteger(message.maxIntervalMs))
                    return "maxIntervalMs: integer expected";
            if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                if (!$util.isInteger(message.maxFrameBytes))
                    return "maxFrameBytes: integer expected";
            if (message.windowSamples != null && $Object.hasOwnProperty.call(message, "windowSamples"))
                if (!$util.isInteger(message.windowSamples))
                    return "windowSamples: integer expected";
            if (message.serverId != null && $Object.hasOwnProperty.call(message, "serverId"))
                if (!$util.isString(message.serverId))
                    return "serverId: string expected";
            if (message.maxViewRows != null && $Object.hasOwnProperty.call(message, "maxViewRows"))
                if (!$util.isInteger(message.maxViewRows))
                    return "maxViewRows: integer expected";
            if (message.viewThresholdSeries != null && $Object.hasOwnProperty.call(message, "viewThresholdSeries"))
                if (!$util.isInteger(message.viewThresholdSeries))
                    return "viewThresholdSeries: integer expected";
            return null;
        };

        /**
         * Creates an InitMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.InitMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.InitMessage} InitMessage
         */
        InitMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.InitMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.InitMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.InitMessage();
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.serverTime != null)
                if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                    if ($util.Long)
                        message.serverTime = $util.Long.fromValue(object.serverTime, false);
                    else if (typeof object.serverTime === "string")
                        message.serverTime = $parseInt(object.serverTime, 10);
                    else if (typeof object.serverTime === "number")
                        message.serverTime = object.serverTime;
                    else if (typeof object.serverTime === "object")
                        message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber();
            if (object.availableTargets) {
                if (!$Array.isArray(object.availableTargets))
                    throw $TypeError(".latency.InitMessage.availableTargets: array expected");
                message.availableTargets = $Array(object.availableTargets.length);
                for (let i = 0; i < object.availableTargets.length; ++i)
                    message.availableTargets[i] = $String(object.availableTargets[i]);
            }
            if (object.protocolVersion != null)
                if ($Number(object.protocolVersion) !== 0)
                    message.protocolVersion = object.protocolVersion >>> 0;
            if (object.defaultIntervalMs != null)
                if ($Number(object.defaultIntervalMs) !== 0)
                    message.defaultIntervalMs = object.defaultIntervalMs >>> 0;
            if (object.minIntervalMs != null)
                if ($Number(object.minIntervalMs) !== 0)
                    message.minIntervalMs = object.minIntervalMs >>> 0;
            if (object.maxIntervalMs != null)
                if ($Number(object.maxIntervalMs) !== 0)
                    message.maxIntervalMs = object.maxIntervalMs >>> 0;
            if (object.maxFrameBytes != null)
                if ($Number(object.maxFrameBytes) !== 0)
                    message.maxFrameBytes = object.maxFrameBytes >>> 0;
            if (object.windowSamples != null)
                if ($Number(object.windowSamples) !== 0)
                    message.windowSamples = object.windowSamples >>> 0;
            if (object.serverId != null)
                if (typeof object.serverId !== "string" || object.serverId.length)
                    message.serverId = $String(object.serverId);
            if (object.maxViewRows != null)
                if ($Number(object.maxViewRows) !== 0)
                    message.maxViewRows = object.maxViewRows >>> 0;
            if (object.viewThresholdSeries != null)
                if ($Number(object.viewThresholdSeries) !== 0)
                    message.viewThresholdSeries = object.viewThresholdSeries >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an InitMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.InitMessage
         * @static
         * @param {latency.InitMessage} message InitMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InitMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.availableTargets = [];
            if (options.defaults) {
                object.message = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.protocolVersion = 0;
                object.defaultIntervalMs = 0;
                object.minIntervalMs = 0;
                object.maxIntervalMs = 0;
                object.maxFrameBytes = 0;
                object.windowSamples = 0;
                object.serverId = "";
                object.maxViewRows = 0;
                object.viewThresholdSeries = 0;
            }
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, false).toBigInt();
                else if (typeof message.serverTime === "number")
                    object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                else
                    object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber() : message.serverTime;
            if (message.availableTargets && message.availableTargets.length) {
                object.availableTargets = $Array(message.availableTargets.length);
                for (let j = 0; j < message.availableTargets.length; ++j)
                    object.availableTargets[j] = message.availableTargets[j];
            }
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                object.protocolVersion = message.protocolVersion;
            if (message.defaultIntervalMs != null && $Object.hasOwnProperty.call(message, "defaultIntervalMs"))
                object.defaultIntervalMs = message.defaultIntervalMs;
            if (message.minIntervalMs != null && $Object.hasOwnProperty.call(message, "minIntervalMs"))
                object.minIntervalMs = message.minIntervalMs;
            if (message.maxIntervalMs != null && $Object.hasOwnProperty.call(message, "maxIntervalMs"))
                object.maxIntervalMs = message.maxIntervalMs;
            if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                object.maxFrameBytes = message.maxFrameBytes;
            if (message.windowSamples != null && $Object.hasOwnProperty.call(message, "windowSamples"))
                object.windowSamples = message.windowSamples;
            if (message.serverId != null && $Object.hasOwnProperty.call(message, "serverId"))
                object.serverId = message.serverId;
            if (message.maxViewRows != null && $Object.hasOwnProperty.call(message, "maxViewRows"))
                object.maxViewRows = message.maxViewRows;
            if (message.viewThresholdSeries != null && $Object.hasOwnProperty.call(message, "viewThresholdSeries"))
                object.viewThresholdSeries = message.viewThresholdSeries;
            return object;
        };

        /**
         * Converts this InitMessage to JSON.
         * @function toJSON
         * @memberof latency.InitMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InitMessage.prototype.toJSON = function() {
            return InitMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InitMessage
         * @function getTypeUrl
         * @memberof latency.InitMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InitMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.InitMessage";
        };

        return InitMessage;
    })();

    latency.SubscriptionMessage = (function() {

        /**
         * Properties of a SubscriptionMessage.
         * @typedef {Object} latency.SubscriptionMessage.$Properties
         * @property {latency.SubscriptionMessage.Action|null} [action] SubscriptionMessage action
         * @property {string|null} [targetId] SubscriptionMessage targetId
         * @property {boolean|null} [splitByMetadata] SubscriptionMessage splitByMetadata
         * @property {number|null} [intervalMs] SubscriptionMessage intervalMs
         * @property {latency.View.$Properties|null} [view] SubscriptionMessage view
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SubscriptionMessage.
         * @memberof latency
         * @interface ISubscriptionMessage
         * @augments latency.SubscriptionMessage.$Properties
         * @deprecated Use latency.SubscriptionMessage.$Properties instead.
         */

        /**
         * Shape of a SubscriptionMessage.
         * @typedef {latency.SubscriptionMessage.$Properties} latency.SubscriptionMessage.$Shape
         */

        /**
         * Constructs a new SubscriptionMessage.
         * @memberof latency
         * @classdesc Represents a SubscriptionMessage.
         * @constructor
         * @param {latency.SubscriptionMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SubscriptionMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SubscriptionMessage action.
         * @member {latency.SubscriptionMessage.Action} action
         * @memberof latency.SubscriptionMessage
         * @instance
         */
        SubscriptionMessage.prototype.action = 0;

        /**
         * SubscriptionMessage targetId.
         * @member {string} targetId
         * @memberof latency.SubscriptionMessage
         * @instance
         */
        SubscriptionMessage.prototype.targetId = "";

        /**
         * SubscriptionMessage splitByMetadata.
         * @member {boolean} splitByMetadata
         * @memberof latency.SubscriptionMessage
         * @instance
         */
        SubscriptionMessage.prototype.splitByMetadata = false;

        /**
         * SubscriptionMessage intervalMs.
         * @member {number} intervalMs
         * @memberof latency.SubscriptionMessage
         * @instance
         */
        SubscriptionMessage.prototype.intervalMs = 0;

        /**
         * SubscriptionMessage view.
         * @member {latency.View.$Properties|null|undefined} view
         * @memberof latency.SubscriptionMessage
         * @instance
         */
        SubscriptionMessage.prototype.view = null;

        /**
         * Creates a new SubscriptionMessage instance using the specified properties.
         * @function create
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {latency.SubscriptionMessage.$Properties=} [properties] Properties to set
         * @returns {latency.SubscriptionMessage} SubscriptionMessage instance
         * @type {{
         *   (properties: latency.SubscriptionMessage.$Shape): latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape;
         *   (properties?: latency.SubscriptionMessage.$Properties): latency.SubscriptionMessage;
         * }}
         */
        SubscriptionMessage.create = function(properties) {
            return new SubscriptionMessage(properties);
        };

        /**
         * Encodes the specified SubscriptionMessage message. Does not implicitly {@link latency.SubscriptionMessage.verify|verify} messages.
         * @function encode
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {latency.SubscriptionMessage.$Properties} message SubscriptionMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubscriptionMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.targetId);
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata") && message.splitByMetadata !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.splitByMetadata);
            if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && message.intervalMs !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.intervalMs);
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.latency.View.encode(message.view, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SubscriptionMessage message, length delimited. Does not implicitly {@link latency.SubscriptionMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {latency.SubscriptionMessage.$Properties} message SubscriptionMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubscriptionMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SubscriptionMessage message from the specified reader or buffer.
         * @function decode
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape} SubscriptionMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubscriptionMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.SubscriptionMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.action = value;
                        else
                            delete message.action;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.splitByMetadata = value;
                        else
                            delete message.splitByMetadata;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.intervalMs = value;
                        else
                            delete message.intervalMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.view = $root.latency.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SubscriptionMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape} SubscriptionMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubscriptionMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SubscriptionMessage message.
         * @function verify
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SubscriptionMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                    return "action: enum value expected";
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata"))
                if (typeof message.splitByMetadata !== "boolean")
                    return "splitByMetadata: boolean expected";
            if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                if (!$util.isInteger(message.intervalMs))
                    return "intervalMs: integer expected";
            if (message.view != null && $Object.hasOwnProperty.call(message, "view")) {
                let error = $root.latency.View.verify(message.view, _depth + 1);
                if (error)
                    return "view." + error;
            }
            return null;
        };

        /**
         * Creates a SubscriptionMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.SubscriptionMessage} SubscriptionMessage
         */
        SubscriptionMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.SubscriptionMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.SubscriptionMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.SubscriptionMessage();
            if (object.action !== 0 && (typeof object.action !== "string" || $root.latency.SubscriptionMessage.Action[object.action] !== 0))
                switch (object.action) {
                case "SUBSCRIBE":
                case 0:
                    message.action = 0;
                    break;
                case "UNSUBSCRIBE":
                case 1:
                    message.action = 1;
                    break;
                default:
                    if (typeof object.action === "number" && (object.action | 0) === object.action)
                        message.action = object.action;
                }
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.splitByMetadata != null)
                if (object.splitByMetadata)
                    message.splitByMetadata = $Boolean(object.splitByMetadata);
            if (object.intervalMs != null)
                if ($Number(object.intervalMs) !== 0)
                    message.intervalMs = object.intervalMs >>> 0;
            if (object.view != null) {
                if (!$util.isObject(object.view))
                    throw $TypeError(".latency.SubscriptionMessage.view: object expected");
                message.view = $root.latency.View.fromObject(object.view, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SubscriptionMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {latency.SubscriptionMessage} message SubscriptionMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SubscriptionMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.action = options.enums === $String ? "SUBSCRIBE" : 0;
                object.targetId = "";
                object.splitByMetadata = false;
                object.intervalMs = 0;
                object.view = null;
            }
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                object.action = options.enums === $String ? $root.latency.SubscriptionMessage.Action[message.action] === $undefined ? message.action : $root.latency.SubscriptionMessage.Action[message.action] : message.action;
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata"))
                object.splitByMetadata = message.splitByMetadata;
            if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                object.intervalMs = message.intervalMs;
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                object.view = $root.latency.View.toObject(message.view, options, _depth + 1);
            return object;
        };

        /**
         * Converts this SubscriptionMessage to JSON.
         * @function toJSON
         * @memberof latency.SubscriptionMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SubscriptionMessage.prototype.toJSON = function() {
            return SubscriptionMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SubscriptionMessage
         * @function getTypeUrl
         * @memberof latency.SubscriptionMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SubscriptionMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.SubscriptionMessage";
        };

        /**
         * Action enum.
         * @name latency.SubscriptionMessage.Action
         * @enum {number}
         * @property {number} SUBSCRIBE=0 SUBSCRIBE value
         * @property {number} UNSUBSCRIBE=1 UNSUBSCRIBE value
         */
        SubscriptionMessage.Action = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUBSCRIBE"] = 0;
            values[valuesById[1] = "UNSUBSCRIBE"] = 1;
            return values;
        })();

        return SubscriptionMessage;
    })();

    latency.View = (function() {

        /**
         * Properties of a View.
         * @typedef {Object} latency.View.$Properties
         * @property {string|null} [sort] View sort
         * @property {boolean|null} [descending] View descending
         * @property {number|null} [offset] View offset
         * @property {number|null} [limit] View limit
         * @property {string|null} [keyFilter] View keyFilter
         * @property {string|null} [metadataFilter] View metadataFilter
         * @property {number|null} [p90AtLeastMs] View p90AtLeastMs
         * @property {boolean|null} [activeOnly] View activeOnly
         * @property {Array.<number>|null} [pinned] View pinned
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a View.
         * @memberof latency
         * @interface IView
         * @augments latency.View.$Properties
         * @deprecated Use latency.View.$Properties instead.
         */

        /**
         * Shape of a View.
         * @typedef {latency.View.$Properties} latency.View.$Shape
         */

        /**
         * Constructs a new View.
         * @memberof latency
         * @classdesc Represents a View.
         * @constructor
         * @param {latency.View.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const View = function (properties) {
            this.pinned = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * View sort.
         * @member {string} sort
         * @memberof latency.View
         * @instance
         */
        View.prototype.sort = "";

        /**
         * View descending.
         * @member {boolean} descending
         * @memberof latency.View
         * @instance
         */
        View.prototype.descending = false;

        /**
         * View offset.
         * @member {number} offset
         * @memberof latency.View
         * @instance
         */
        View.prototype.offset = 0;

        /**
         * View limit.
         * @member {number} limit
         * @memberof latency.View
         * @instance
         */
        View.prototype.limit = 0;

        /**
         * View keyFilter.
         * @member {string} keyFilter
         * @memberof latency.View
         * @instance
         */
        View.prototype.keyFilter = "";

        /**
         * View metadataFilter.
         * @member {string} metadataFilter
         * @memberof latency.View
         * @instance
         */
        View.prototype.metadataFilter = "";

        /**
         * View p90AtLeastMs.
         * @member {number|null|undefined} p90AtLeastMs
         * @memberof latency.View
         * @instance
         */
        View.prototype.p90AtLeastMs = null;

        /**
         * View activeOnly.
         * @member {boolean} activeOnly
         * @memberof latency.View
         * @instance
         */
        View.prototype.activeOnly = false;

        /**
         * View pinned.
         * @member {Array.<number>} pinned
         * @memberof latency.View
         * @instance
         */
        View.prototype.pinned = $util.emptyArray;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(View.prototype, "_p90AtLeastMs", {
            get: $util.oneOfGetter($oneOfFields = ["p90AtLeastMs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new View instance using the specified properties.
         * @function create
         * @memberof latency.View
         * @static
         * @param {latency.View.$Properties=} [properties] Properties to set
         * @returns {latency.View} View instance
         * @type {{
         *   (properties: latency.View.$Shape): latency.View & latency.View.$Shape;
         *   (properties?: latency.View.$Properties): latency.View;
         * }}
         */
        View.create = function(properties) {
            return new View(properties);
        };

        /**
         * Encodes the specified View message. Does not implicitly {@link latency.View.verify|verify} messages.
         * @function encode
         * @memberof latency.View
         * @static
         * @param {latency.View.$Properties} message View message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        View.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sort != null && $Object.hasOwnProperty.call(message, "sort") && message.sort !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sort);
            if (message.descending != null && $Object.hasOwnProperty.call(message, "descending") && message.descending !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.descending);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.offset);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
            if (message.keyFilter != null && $Object.hasOwnProperty.call(message, "keyFilter") && message.keyFilter !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.keyFilter);
            if (message.metadataFilter != null && $Object.hasOwnProperty.call(message, "metadataFilter") && message.metadataFilter !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.metadataFilter);
            if (message.p90AtLeastMs != null && $Object.hasOwnProperty.call(message, "p90AtLeastMs"))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.p90AtLeastMs);
            if (message.activeOnly != null && $Object.hasOwnProperty.call(message, "activeOnly") && message.activeOnly !== false)
                writer.uint32(/* id 8, wireType 0 =*/64).bool(message.activeOnly);
            if (message.pinned != null && message.pinned.length)
                writer.uint32(/* id 9, wireType 2 =*/74).uint32s(message.pinned);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified View message, length delimited. Does not implicitly {@link latency.View.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.View
         * @static
         * @param {latency.View.$Properties} message View message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        View.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a View message from the specified reader or buffer.
         * @function decode
         * @memberof latency.View
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.View & latency.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        View.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.View();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sort = value;
                        else
                            delete message.sort;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.descending = value;
                        else
                            delete message.descending;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.keyFilter = value;
                        else
                            delete message.keyFilter;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metadataFilter = value;
                        else
                            delete message.metadataFilter;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        message.p90AtLeastMs = reader.double();
                        message._p90AtLeastMs = "p90AtLeastMs";
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.activeOnly = value;
                        else
                            delete message.activeOnly;
                        continue;
                    }
                case 9: {
                        if (wireType === 2) {
                            if (!(message.pinned && message.pinned.length))
                                message.pinned = [];
                            reader.uint32s(message.pinned);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.pinned && message.pinned.length))
                            message.pinned = [];
                        message.pinned.push(reader.uint32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a View message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.View
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.View & latency.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        View.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a View message.
         * @function verify
         * @memberof latency.View
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        View.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.sort != null && $Object.hasOwnProperty.call(message, "sort"))
                if (!$util.isString(message.sort))
                    return "sort: string expected";
            if (message.descending != null && $Object.hasOwnProperty.call(message, "descending"))
                if (typeof message.descending !== "boolean")
                    return "descending: boolean expected";
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                if (!$util.isInteger(message.offset))
                    return "offset: integer expected";
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit))
                    return "limit: integer expected";
            if (message.keyFilter != null && $Object.hasOwnProperty.call(message, "keyFilter"))
                if (!$util.isString(message.keyFilter))
                    return "keyFilter: string expected";
            if (message.metadataFilter != null && $Object.hasOwnProperty.call(message, "metadataFilter"))
                if (!$util.isString(message.metadataFilter))
                    return "metadataFilter: string expected";
            if (message.p90AtLeastMs != null && $Object.hasOwnProperty.call(message, "p90AtLeastMs")) {
                properties._p90AtLeastMs = 1;
                if (typeof message.p90AtLeastMs !== "number")
                    return "p90AtLeastMs: number expected";
            }
            if (message.activeOnly != null && $Object.hasOwnProperty.call(message, "activeOnly"))
                if (typeof message.activeOnly !== "boolean")
                    return "activeOnly: boolean expected";
            if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned")) {
                if (!$Array.isArray(message.pinned))
                    return "pinned: array expected";
                for (let i = 0; i < message.pinned.length; ++i)
                    if (!$util.isInteger(message.pinned[i]))
                        return "pinned: integer[] expected";
            }
            return null;
        };

        /**
         * Creates a View message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.View
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.View} View
         */
        View.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.View)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.View: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.View();
            if (object.sort != null)
                if (typeof object.sort !== "string" || object.sort.length)
                    message.sort = $String(object.sort);
            if (object.descending != null)
                if (object.descending)
                    message.descending = $Boolean(object.descending);
            if (object.offset != null)
                if ($Number(object.offset) !== 0)
                    message.offset = object.offset >>> 0;
            if (object.limit != null)
                if ($Number(object.limit) !== 0)
                    message.limit = object.limit >>> 0;
            if (object.keyFilter != null)
                if (typeof object.keyFilter !== "string" || object.keyFilter.length)
                    message.keyFilter = $String(object.keyFilter);
            if (object.metadataFilter != null)
                if (typeof object.metadataFilter !== "string" || object.metadataFilter.length)
                    message.metadataFilter = $String(object.metadataFilter);
            if (object.p90AtLeastMs != null)
                message.p90AtLeastMs = $Number(object.p90AtLeastMs);
            if (object.activeOnly != null)
                if (object.activeOnly)
                    message.activeOnly = $Boolean(object.activeOnly);
            if (object.pinned) {
                if (!$Array.isArray(object.pinned))
                    throw $TypeError(".latency.View.pinned: array expected");
                message.pinned = $Array(object.pinned.length);
                for (let i = 0; i < object.pinned.length; ++i)
                    message.pinned[i] = object.pinned[i] >>> 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a View message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.View
         * @static
         * @param {latency.View} message View
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        View.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.pinned = [];
            if (options.defaults) {
                object.sort = "";
                object.descending = false;
                object.offset = 0;
                object.limit = 0;
                object.keyFilter = "";
                object.metadataFilter = "";
                object.activeOnly = false;
            }
            if (message.sort != null && $Object.hasOwnProperty.call(message, "sort"))
                object.sort = message.sort;
            if (message.descending != null && $Object.hasOwnProperty.call(message, "descending"))
                object.descending = message.descending;
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                object.offset = message.offset;
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                object.limit = message.limit;
            if (message.keyFilter != null && $Object.hasOwnProperty.call(message, "keyFilter"))
                object.keyFilter = message.keyFilter;
            if (message.metadataFilter != null && $Object.hasOwnProperty.call(message, "metadataFilter"))
                object.metadataFilter = message.metadataFilter;
            if (message.p90AtLeastMs != null && $Object.hasOwnProperty.call(message, "p90AtLeastMs"))
                object.p90AtLeastMs = options.json && !$isFinite(message.p90AtLeastMs) ? $String(message.p90AtLeastMs) : message.p90AtLeastMs;
            if (message.activeOnly != null && $Object.hasOwnProperty.call(message, "activeOnly"))
                object.activeOnly = message.activeOnly;
            if (message.pinned && message.pinned.length) {
                object.pinned = $Array(message.pinned.length);
                for (let j = 0; j < message.pinned.length; ++j)
                    object.pinned[j] = message.pinned[j];
            }
            return object;
        };

        /**
         * Converts this View to JSON.
         * @function toJSON
         * @memberof latency.View
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        View.prototype.toJSON = function() {
            return View.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for View
         * @function getTypeUrl
         * @memberof latency.View
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        View.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.View";
        };

        return View;
    })();

    latency.WindowState = (function() {

        /**
         * Properties of a WindowState.
         * @typedef {Object} latency.WindowState.$Properties
         * @property {number|null} [total] WindowState total
         * @property {number|null} [offset] WindowState offset
         * @property {Array.<number>|null} [seriesIds] WindowState seriesIds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WindowState.
         * @memberof latency
         * @interface IWindowState
         * @augments latency.WindowState.$Properties
         * @deprecated Use latency.WindowState.$Properties instead.
         */

        /**
         * Shape of a WindowState.
         * @typedef {latency.WindowState.$Properties} latency.WindowState.$Shape
         */

        /**
         * Constructs a new WindowState.
         * @memberof latency
         * @classdesc Represents a WindowState.
         * @constructor
         * @param {latency.WindowState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WindowState = function (properties) {
            this.seriesIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WindowState total.
         * @member {number} total
         * @memberof latency.WindowState
         * @instance
         */
        WindowState.prototype.total = 0;

        /**
         * WindowState offset.
         * @member {number} offset
         * @memberof latency.WindowState
         * @instance
         */
        WindowState.prototype.offset = 0;

        /**
         * WindowState seriesIds.
         * @member {Array.<number>} seriesIds
         * @memberof latency.WindowState
         * @instance
         */
        WindowState.prototype.seriesIds = $util.emptyArray;

        /**
         * Creates a new WindowState instance using the specified properties.
         * @function create
         * @memberof latency.WindowState
         * @static
         * @param {latency.WindowState.$Properties=} [properties] Properties to set
         * @returns {latency.WindowState} WindowState instance
         * @type {{
         *   (properties: latency.WindowState.$Shape): latency.WindowState & latency.WindowState.$Shape;
         *   (properties?: latency.WindowState.$Properties): latency.WindowState;
         * }}
         */
        WindowState.create = function(properties) {
            return new WindowState(properties);
        };

        /**
         * Encodes the specified WindowState message. Does not implicitly {@link latency.WindowState.verify|verify} messages.
         * @function encode
         * @memberof latency.WindowState
         * @static
         * @param {latency.WindowState.$Properties} message WindowState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WindowState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.total);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.offset);
            if (message.seriesIds != null && message.seriesIds.length)
                writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.seriesIds);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified WindowState message, length delimited. Does not implicitly {@link latency.WindowState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.WindowState
         * @static
         * @param {latency.WindowState.$Properties} message WindowState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WindowState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WindowState message from the specified reader or buffer.
         * @function decode
         * @memberof latency.WindowState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.WindowState & latency.WindowState.$Shape} WindowState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WindowState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.WindowState();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.total = value;
                        else
                            delete message.total;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.seriesIds && message.seriesIds.length))
                                message.seriesIds = [];
                            reader.uint32s(message.seriesIds);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.seriesIds && message.seriesIds.length))
                            message.seriesIds = [];
                        message.seriesIds.push(reader.uint32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a WindowState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.WindowState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.WindowState & latency.WindowState.$Shape} WindowState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WindowState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WindowState message.
         * @function verify
         * @memberof latency.WindowState
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WindowState.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                if (!$util.isInteger(message.total))
                    return "total: integer expected";
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                if (!$util.isInteger(message.offset))
                    return "offset: integer expected";
            if (message.seriesIds != null && $Object.hasOwnProperty.call(message, "seriesIds")) {
                if (!$Array.isArray(message.seriesIds))
                    return "seriesIds: array expected";
                for (let i = 0; i < message.seriesIds.length; ++i)
                    if (!$util.isInteger(message.seriesIds[i]))
                        return "seriesIds: integer[] expected";
            }
            return null;
        };

        /**
         * Creates a WindowState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.WindowState
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.WindowState} WindowState
         */
        WindowState.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.WindowState)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.WindowState: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.WindowState();
            if (object.total != null)
                if ($Number(object.total) !== 0)
                    message.total = object.total >>> 0;
            if (object.offset != null)
                if ($Number(object.offset) !== 0)
                    message.offset = object.offset >>> 0;
            if (object.seriesIds) {
                if (!$Array.isArray(object.seriesIds))
                    throw $TypeError(".latency.WindowState.seriesIds: array expected");
                message.seriesIds = $Array(object.seriesIds.length);
                for (let i = 0; i < object.seriesIds.length; ++i)
                    message.seriesIds[i] = object.seriesIds[i] >>> 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a WindowState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.WindowState
         * @static
         * @param {latency.WindowState} message WindowState
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WindowState.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.seriesIds = [];
            if (options.defaults) {
                object.total = 0;
                object.offset = 0;
            }
            if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                object.total = message.total;
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                object.offset = message.offset;
            if (message.seriesIds && message.seriesIds.length) {
                object.seriesIds = $Array(message.seriesIds.length);
                for (let j = 0; j < message.seriesIds.length; ++j)
                    object.seriesIds[j] = message.seriesIds[j];
            }
            return object;
        };

        /**
         * Converts this WindowState to JSON.
         * @function toJSON
         * @memberof latency.WindowState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WindowState.prototype.toJSON = function() {
            return WindowState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WindowState
         * @function getTypeUrl
         * @memberof latency.WindowState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WindowState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.WindowState";
        };

        return WindowState;
    })();

    latency.ResyncRequest = (function() {

        /**
         * Properties of a ResyncRequest.
         * @typedef {Object} latency.ResyncRequest.$Properties
         * @property {string|null} [targetId] ResyncRequest targetId
         * @property {boolean|null} [splitByMetadata] ResyncRequest splitByMetadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResyncRequest.
         * @memberof latency
         * @interface IResyncRequest
         * @augments latency.ResyncRequest.$Properties
         * @deprecated Use latency.ResyncRequest.$Properties instead.
         */

        /**
         * Shape of a ResyncRequest.
         * @typedef {latency.ResyncRequest.$Properties} latency.ResyncRequest.$Shape
         */

        /**
         * Constructs a new ResyncRequest.
         * @memberof latency
         * @classdesc Represents a ResyncRequest.
         * @constructor
         * @param {latency.ResyncRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ResyncRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ResyncRequest targetId.
         * @member {string} targetId
         * @memberof latency.ResyncRequest
         * @instance
         */
        ResyncRequest.prototype.targetId = "";

        /**
         * ResyncRequest splitByMetadata.
         * @member {boolean} splitByMetadata
         * @memberof latency.ResyncRequest
         * @instance
         */
        ResyncRequest.prototype.splitByMetadata = false;

        /**
         * Creates a new ResyncRequest instance using the specified properties.
         * @function create
         * @memberof latency.ResyncRequest
         * @static
         * @param {latency.ResyncRequest.$Properties=} [properties] Properties to set
         * @returns {latency.ResyncRequest} ResyncRequest instance
         * @type {{
         *   (properties: latency.ResyncRequest.$Shape): latency.ResyncRequest & latency.ResyncRequest.$Shape;
         *   (properties?: latency.ResyncRequest.$Properties): latency.ResyncRequest;
         * }}
         */
        ResyncRequest.create = function(properties) {
            return new ResyncRequest(properties);
        };

        /**
         * Encodes the specified ResyncRequest message. Does not implicitly {@link latency.ResyncRequest.verify|verify} messages.
         * @function encode
         * @memberof latency.ResyncRequest
         * @static
         * @param {latency.ResyncRequest.$Properties} message ResyncRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResyncRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetId);
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata") && message.splitByMetadata !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.splitByMetadata);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ResyncRequest message, length delimited. Does not implicitly {@link latency.ResyncRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.ResyncRequest
         * @static
         * @param {latency.ResyncRequest.$Properties} message ResyncRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResyncRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ResyncRequest message from the specified reader or buffer.
         * @function decode
         * @memberof latency.ResyncRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.ResyncRequest & latency.ResyncRequest.$Shape} ResyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResyncRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.ResyncRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.splitByMetadata = value;
                        else
                            delete message.splitByMetadata;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ResyncRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.ResyncRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.ResyncRequest & latency.ResyncRequest.$Shape} ResyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResyncRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ResyncRequest message.
         * @function verify
         * @memberof latency.ResyncRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ResyncRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata"))
                if (typeof message.splitByMetadata !== "boolean")
                    return "splitByMetadata: boolean expected";
            return null;
        };

        /**
         * Creates a ResyncRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.ResyncRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.ResyncRequest} ResyncRequest
         */
        ResyncRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.ResyncRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.ResyncRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.ResyncRequest();
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.splitByMetadata != null)
                if (object.splitByMetadata)
                    message.splitByMetadata = $Boolean(object.splitByMetadata);
            return message;
        };

        /**
         * Creates a plain object from a ResyncRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.ResyncRequest
         * @static
         * @param {latency.ResyncRequest} message ResyncRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ResyncRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.targetId = "";
                object.splitByMetadata = false;
            }
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata"))
                object.splitByMetadata = message.splitByMetadata;
            return object;
        };

        /**
         * Converts this ResyncRequest to JSON.
         * @function toJSON
         * @memberof latency.ResyncRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ResyncRequest.prototype.toJSON = function() {
            return ResyncRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ResyncRequest
         * @function getTypeUrl
         * @memberof latency.ResyncRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ResyncRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.ResyncRequest";
        };

        return ResyncRequest;
    })();

    latency.Ping = (function() {

        /**
         * Properties of a Ping.
         * @typedef {Object} latency.Ping.$Properties
         * @property {number|Long|null} [clientTime] Ping clientTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Ping.
         * @memberof latency
         * @interface IPing
         * @augments latency.Ping.$Properties
         * @deprecated Use latency.Ping.$Properties instead.
         */

        /**
         * Shape of a Ping.
         * @typedef {latency.Ping.$Properties} latency.Ping.$Shape
         */

        /**
         * Constructs a new Ping.
         * @memberof latency
         * @classdesc Represents a Ping.
         * @constructor
         * @param {latency.Ping.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ping = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ping clientTime.
         * @member {number|Long} clientTime
         * @memberof latency.Ping
         * @instance
         */
        Ping.prototype.clientTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Ping instance using the specified properties.
         * @function create
         * @memberof latency.Ping
         * @static
         * @param {latency.Ping.$Properties=} [properties] Properties to set
         * @returns {latency.Ping} Ping instance
         * @type {{
         *   (properties: latency.Ping.$Shape): latency.Ping & latency.Ping.$Shape;
         *   (properties?: latency.Ping.$Properties): latency.Ping;
         * }}
         */
        Ping.create = function(properties) {
            return new Ping(properties);
        };

        /**
         * Encodes the specified Ping message. Does not implicitly {@link latency.Ping.verify|verify} messages.
         * @function encode
         * @memberof latency.Ping
         * @static
         * @param {latency.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime") && (typeof message.clientTime === "object" ? message.clientTime.low || message.clientTime.high : message.clientTime !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.clientTime);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Ping message, length delimited. Does not implicitly {@link latency.Ping.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.Ping
         * @static
         * @param {latency.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @function decode
         * @memberof latency.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.Ping & latency.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.Ping();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.clientTime = value;
                        else
                            delete message.clientTime;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Ping message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.Ping & latency.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Ping message.
         * @function verify
         * @memberof latency.Ping
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Ping.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (!$util.isInteger(message.clientTime) && !(message.clientTime && $util.isInteger(message.clientTime.low) && $util.isInteger(message.clientTime.high)))
                    return "clientTime: integer|Long expected";
            return null;
        };

        /**
         * Creates a Ping message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.Ping
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.Ping} Ping
         */
        Ping.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.Ping)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.Ping: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.Ping();
            if (object.clientTime != null)
                if (typeof object.clientTime === "object" ? object.clientTime.low || object.clientTime.high : $Number(object.clientTime) !== 0)
                    if ($util.Long)
                        message.clientTime = $util.Long.fromValue(object.clientTime, false);
                    else if (typeof object.clientTime === "string")
                        message.clientTime = $parseInt(object.clientTime, 10);
                    else if (typeof object.clientTime === "number")
                        message.clientTime = object.clientTime;
                    else if (typeof object.clientTime === "object")
                        message.clientTime = new $util.LongBits(object.clientTime.low >>> 0, object.clientTime.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a Ping message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.Ping
         * @static
         * @param {latency.Ping} message Ping
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Ping.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.clientTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.clientTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.clientTime = typeof message.clientTime === "number" ? $BigInt(message.clientTime) : $util.Long.fromBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0, false).toBigInt();
                else if (typeof message.clientTime === "number")
                    object.clientTime = options.longs === $String ? $String(message.clientTime) : message.clientTime;
                else
                    object.clientTime = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTime) : options.longs === $Number ? new $util.LongBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0).toNumber() : message.clientTime;
            return object;
        };

        /**
         * Converts this Ping to JSON.
         * @function toJSON
         * @memberof latency.Ping
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Ping.prototype.toJSON = function() {
            return Ping.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Ping
         * @function getTypeUrl
         * @memberof latency.Ping
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Ping.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.Ping";
        };

        return Ping;
    })();

    latency.Pong = (function() {

        /**
         * Properties of a Pong.
         * @typedef {Object} latency.Pong.$Properties
         * @property {number|Long|null} [clientTime] Pong clientTime
         * @property {number|Long|null} [serverTime] Pong serverTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Pong.
         * @memberof latency
         * @interface IPong
         * @augments latency.Pong.$Properties
         * @deprecated Use latency.Pong.$Properties instead.
         */

        /**
         * Shape of a Pong.
         * @typedef {latency.Pong.$Properties} latency.Pong.$Shape
         */

        /**
         * Constructs a new Pong.
         * @memberof latency
         * @classdesc Represents a Pong.
         * @constructor
         * @param {latency.Pong.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Pong = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Pong clientTime.
         * @member {number|Long} clientTime
         * @memberof latency.Pong
         * @instance
         */
        Pong.prototype.clientTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Pong serverTime.
         * @member {number|Long} serverTime
         * @memberof latency.Pong
         * @instance
         */
        Pong.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Pong instance using the specified properties.
         * @function create
         * @memberof latency.Pong
         * @static
         * @param {latency.Pong.$Properties=} [properties] Properties to set
         * @returns {latency.Pong} Pong instance
         * @type {{
         *   (properties: latency.Pong.$Shape): latency.Pong & latency.Pong.$Shape;
         *   (properties?: latency.Pong.$Properties): latency.Pong;
         * }}
         */
        Pong.create = function(properties) {
            return new Pong(properties);
        };

        /**
         * Encodes the specified Pong message. Does not implicitly {@link latency.Pong.verify|verify} messages.
         * @function encode
         * @memberof latency.Pong
         * @static
         * @param {latency.Pong.$Properties} message Pong message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pong.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime") && (typeof message.clientTime === "object" ? message.clientTime.low || message.clientTime.high : message.clientTime !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.clientTime);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.serverTime);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Pong message, length delimited. Does not implicitly {@link latency.Pong.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.Pong
         * @static
         * @param {latency.Pong.$Properties} message Pong message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pong.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Pong message from the specified reader or buffer.
         * @function decode
         * @memberof latency.Pong
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.Pong & latency.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pong.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.Pong();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.clientTime = value;
                        else
                            delete message.clientTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Pong message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.Pong
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.Pong & latency.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pong.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Pong message.
         * @function verify
         * @memberof latency.Pong
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Pong.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (!$util.isInteger(message.clientTime) && !(message.clientTime && $util.isInteger(message.clientTime.low) && $util.isInteger(message.clientTime.high)))
                    return "clientTime: integer|Long expected";
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (!$util.isInteger(message.serverTime) && !(message.serverTime && $util.isInteger(message.serverTime.low) && $util.isInteger(message.serverTime.high)))
                    return "serverTime: integer|Long expected";
            return null;
        };

        /**
         * Creates a Pong message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.Pong
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.Pong} Pong
         */
        Pong.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.Pong)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.Pong: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.Pong();
            if (object.clientTime != null)
                if (typeof object.clientTime === "object" ? object.clientTime.low || object.clientTime.high : $Number(object.clientTime) !== 0)
                    if ($util.Long)
                        message.clientTime = $util.Long.fromValue(object.clientTime, false);
                    else if (typeof object.clientTime === "string")
                        message.clientTime = $parseInt(object.clientTime, 10);
                    else if (typeof object.clientTime === "number")
                        message.clientTime = object.clientTime;
                    else if (typeof object.clientTime === "object")
                        message.clientTime = new $util.LongBits(object.clientTime.low >>> 0, object.clientTime.high >>> 0).toNumber();
            if (object.serverTime != null)
                if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                    if ($util.Long)
                        message.serverTime = $util.Long.fromValue(object.serverTime, false);
                    else if (typeof object.serverTime === "string")
                        message.serverTime = $parseInt(object.serverTime, 10);
                    else if (typeof object.serverTime === "number")
                        message.serverTime = object.serverTime;
                    else if (typeof object.serverTime === "object")
                        message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a Pong message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.Pong
         * @static
         * @param {latency.Pong} message Pong
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Pong.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.clientTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.clientTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.clientTime = typeof message.clientTime === "number" ? $BigInt(message.clientTime) : $util.Long.fromBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0, false).toBigInt();
                else if (typeof message.clientTime === "number")
                    object.clientTime = options.longs === $String ? $String(message.clientTime) : message.clientTime;
                else
                    object.clientTime = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTime) : options.longs === $Number ? new $util.LongBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0).toNumber() : message.clientTime;
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, false).toBigInt();
                else if (typeof message.serverTime === "number")
                    object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                else
                    object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber() : message.serverTime;
            return object;
        };

        /**
         * Converts this Pong to JSON.
         * @function toJSON
         * @memberof latency.Pong
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Pong.prototype.toJSON = function() {
            return Pong.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Pong
         * @function getTypeUrl
         * @memberof latency.Pong
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Pong.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.Pong";
        };

        return Pong;
    })();

    latency.MetricsBatch = (function() {

        /**
         * Properties of a MetricsBatch.
         * @typedef {Object} latency.MetricsBatch.$Properties
         * @property {string|null} [targetId] MetricsBatch targetId
         * @property {boolean|null} [splitByMetadata] MetricsBatch splitByMetadata
         * @property {number|Long|null} [seq] MetricsBatch seq
         * @property {boolean|null} [snapshot] MetricsBatch snapshot
         * @property {Array.<latency.MetricsUpdate.$Properties>|null} [updates] MetricsBatch updates
         * @property {Array.<number>|null} [removedSeries] MetricsBatch removedSeries
         * @property {number|Long|null} [serverTime] MetricsBatch serverTime
         * @property {number|null} [intervalMs] MetricsBatch intervalMs
         * @property {latency.View.$Properties|null} [view] MetricsBatch view
         * @property {latency.WindowState.$Properties|null} [window] MetricsBatch window
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetricsBatch.
         * @memberof latency
         * @interface IMetricsBatch
         * @augments latency.MetricsBatch.$Properties
         * @deprecated Use latency.MetricsBatch.$Properties instead.
         */

        /**
         * Shape of a MetricsBatch.
         * @typedef {latency.MetricsBatch.$Properties} latency.MetricsBatch.$Shape
         */

        /**
         * Constructs a new MetricsBatch.
         * @memberof latency
         * @classdesc Represents a MetricsBatch.
         * @constructor
         * @param {latency.MetricsBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetricsBatch = function (properties) {
            this.updates = [];
            this.removedSeries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MetricsBatch targetId.
         * @member {string} targetId
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.targetId = "";

        /**
         * MetricsBatch splitByMetadata.
         * @member {boolean} splitByMetadata
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.splitByMetadata = false;

        /**
         * MetricsBatch seq.
         * @member {number|Long} seq
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MetricsBatch snapshot.
         * @member {boolean} snapshot
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.snapshot = false;

        /**
         * MetricsBatch updates.
         * @member {Array.<latency.MetricsUpdate.$Properties>} updates
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.updates = $util.emptyArray;

        /**
         * MetricsBatch removedSeries.
         * @member {Array.<number>} removedSeries
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.removedSeries = $util.emptyArray;

        /**
         * MetricsBatch serverTime.
         * @member {number|Long} serverTime
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * MetricsBatch intervalMs.
         * @member {number} intervalMs
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.intervalMs = 0;

        /**
         * MetricsBatch view.
         * @member {latency.View.$Properties|null|undefined} view
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.view = null;

        /**
         * MetricsBatch window.
         * @member {latency.WindowState.$Properties|null|undefined} window
         * @memberof latency.MetricsBatch
         * @instance
         */
        MetricsBatch.prototype.window = null;

        /**
         * Creates a new MetricsBatch instance using the specified properties.
         * @function create
         * @memberof latency.MetricsBatch
         * @static
         * @param {latency.MetricsBatch.$Properties=} [properties] Properties to set
         * @returns {latency.MetricsBatch} MetricsBatch instance
         * @type {{
         *   (properties: latency.MetricsBatch.$Shape): latency.MetricsBatch & latency.MetricsBatch.$Shape;
         *   (properties?: latency.MetricsBatch.$Properties): latency.MetricsBatch;
         * }}
         */
        MetricsBatch.create = function(properties) {
            return new MetricsBatch(properties);
        };

        /**
         * Encodes the specified MetricsBatch message. Does not implicitly {@link latency.MetricsBatch.verify|verify} messages.
         * @function encode
         * @memberof latency.MetricsBatch
         * @static
         * @param {latency.MetricsBatch.$Properties} message MetricsBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetId);
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata") && message.splitByMetadata !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.splitByMetadata);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot") && message.snapshot !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.snapshot);
            if (message.updates != null && message.updates.length)
                for (let i = 0; i < message.updates.length; ++i)
                    $root.latency.MetricsUpdate.encode(message.updates[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.removedSeries != null && message.removedSeries.length)
                writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.removedSeries);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).int64(message.serverTime);
            if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && message.intervalMs !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.intervalMs);
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.latency.View.encode(message.view, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                $root.latency.WindowState.encode(message.window, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MetricsBatch message, length delimited. Does not implicitly {@link latency.MetricsBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.MetricsBatch
         * @static
         * @param {latency.MetricsBatch.$Properties} message MetricsBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetricsBatch message from the specified reader or buffer.
         * @function decode
         * @memberof latency.MetricsBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.MetricsBatch & latency.MetricsBatch.$Shape} MetricsBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.MetricsBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.splitByMetadata = value;
                        else
                            delete message.splitByMetadata;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.snapshot = value;
                        else
                            delete message.snapshot;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.updates && message.updates.length))
                            message.updates = [];
                        message.updates.push($root.latency.MetricsUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.removedSeries && message.removedSeries.length))
                                message.removedSeries = [];
                            reader.uint32s(message.removedSeries);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.removedSeries && message.removedSeries.length))
                            message.removedSeries = [];
                        message.removedSeries.push(reader.uint32());
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.intervalMs = value;
                        else
                            delete message.intervalMs;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.view = $root.latency.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.window = $root.latency.WindowState.decode(reader, reader.size(), $undefined, _depth + 1, message.window);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MetricsBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.MetricsBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.MetricsBatch & latency.MetricsBatch.$Shape} MetricsBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MetricsBatch message.
         * @function verify
         * @memberof latency.MetricsBatch
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MetricsBatch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata"))
                if (typeof message.splitByMetadata !== "boolean")
                    return "splitByMetadata: boolean expected";
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                    return "seq: integer|Long expected";
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                if (typeof message.snapshot !== "boolean")
                    return "snapshot: boolean expected";
            if (message.updates != null && $Object.hasOwnProperty.call(message, "updates")) {
                if (!$Array.isArray(message.updates))
                    return "updates: array expected";
                for (let i = 0; i < message.updates.length; ++i) {
                    let error = $root.latency.MetricsUpdate.verify(message.updates[i], _depth + 1);
                    if (error)
                        return "updates." + error;
                }
            }
            if (message.removedSeries != null && $Object.hasOwnProperty.call(message, "removedSeries")) {
                if (!$Array.isArray(message.removedSeries))
                    return "removedSeries: array expected";
                for (let i = 0; i < message.removedSeries.length; ++i)
                    if (!$util.isInteger(message.removedSeries[i]))
                        return "removedSeries: integer[] expected";
            }
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (!$util.isInteger(message.serverTime) && !(message.serverTime && $util.isInteger(message.serverTime.low) && $util.isInteger(message.serverTime.high)))
                    return "serverTime: integer|Long expected";
            if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                if (!$util.isInteger(message.intervalMs))
                    return "intervalMs: integer expected";
            if (message.view != null && $Object.hasOwnProperty.call(message, "view")) {
                let error = $root.latency.View.verify(message.view, _depth + 1);
                if (error)
                    return "view." + error;
            }
            if (message.window != null && $Object.hasOwnProperty.call(message, "window")) {
                let error = $root.latency.WindowState.verify(message.window, _depth + 1);
                if (error)
                    return "window." + error;
            }
            return null;
        };

        /**
         * Creates a MetricsBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.MetricsBatch
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.MetricsBatch} MetricsBatch
         */
        MetricsBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.MetricsBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.MetricsBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.MetricsBatch();
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.splitByMetadata != null)
                if (object.splitByMetadata)
                    message.splitByMetadata = $Boolean(object.splitByMetadata);
            if (object.seq != null)
                if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = $parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
            if (object.snapshot != null)
                if (object.snapshot)
                    message.snapshot = $Boolean(object.snapshot);
            if (object.updates) {
                if (!$Array.isArray(object.updates))
                    throw $TypeError(".latency.MetricsBatch.updates: array expected");
                message.updates = $Array(object.updates.length);
                for (let i = 0; i < object.updates.length; ++i) {
                    if (!$util.isObject(object.updates[i]))
                        throw $TypeError(".latency.MetricsBatch.updates: object expected");
                    message.updates[i] = $root.latency.MetricsUpdate.fromObject(object.updates[i], _depth + 1);
                }
            }
            if (object.removedSeries) {
                if (!$Array.isArray(object.removedSeries))
                    throw $TypeError(".latency.MetricsBatch.removedSeries: array expected");
                message.removedSeries = $Array(object.removedSeries.length);
                for (let i = 0; i < object.removedSeries.length; ++i)
                    message.removedSeries[i] = object.removedSeries[i] >>> 0;
            }
            if (object.serverTime != null)
                if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                    if ($util.Long)
                        message.serverTime = $util.Long.fromValue(object.serverTime, false);
                    else if (typeof object.serverTime === "string")
                        message.serverTime = $parseInt(object.serverTime, 10);
                    else if (typeof object.serverTime === "number")
                        message.serverTime = object.serverTime;
                    else if (typeof object.serverTime === "object")
                        message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber();
            if (object.intervalMs != null)
                if ($Number(object.intervalMs) !== 0)
                    message.intervalMs = object.intervalMs >>> 0;
            if (object.view != null) {
                if (!$util.isObject(object.view))
                    throw $TypeError(".latency.MetricsBatch.view: object expected");
                message.view = $root.latency.View.fromObject(object.view, _depth + 1);
            }
            if (object.window != null) {
                if (!$util.isObject(object.window))
                    throw $TypeError(".latency.MetricsBatch.window: object expected");
                message.window = $root.latency.WindowState.fromObject(object.window, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a MetricsBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.MetricsBatch
         * @static
         * @param {latency.MetricsBatch} message MetricsBatch
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetricsBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.updates = [];
                object.removedSeries = [];
            }
            if (options.defaults) {
                object.targetId = "";
                object.splitByMetadata = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.snapshot = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.intervalMs = 0;
                object.view = null;
                object.window = null;
            }
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.splitByMetadata != null && $Object.hasOwnProperty.call(message, "splitByMetadata"))
                object.splitByMetadata = message.splitByMetadata;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                else if (typeof message.seq === "number")
                    object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                else
                    object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                object.snapshot = message.snapshot;
            if (message.updates && message.updates.length) {
                object.updates = $Array(message.updates.length);
                for (let j = 0; j < message.updates.length; ++j)
                    object.updates[j] = $root.latency.MetricsUpdate.toObject(message.updates[j], options, _depth + 1);
            }
            if (message.removedSeries && message.removedSeries.length) {
                object.removedSeries = $Array(message.removedSeries.length);
                for (let j = 0; j < message.removedSeries.length; ++j)
                    object.removedSeries[j] = message.removedSeries[j];
            }
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, false).toBigInt();
                else if (typeof message.serverTime === "number")
                    object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                else
                    object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber() : message.serverTime;
            if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                object.intervalMs = message.intervalMs;
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                object.view = $root.latency.View.toObject(message.view, options, _depth + 1);
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = $root.latency.WindowState.toObject(message.window, options, _depth + 1);
            return object;
        };

        /**
         * Converts this MetricsBatch to JSON.
         * @function toJSON
         * @memberof latency.MetricsBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetricsBatch.prototype.toJSON = function() {
            return MetricsBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetricsBatch
         * @function getTypeUrl
         * @memberof latency.MetricsBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetricsBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.MetricsBatch";
        };

        return MetricsBatch;
    })();

    latency.TargetInfo = (function() {

        /**
         * Properties of a TargetInfo.
         * @typedef {Object} latency.TargetInfo.$Properties
         * @property {string|null} [targetId] TargetInfo targetId
         * @property {number|Long|null} [eventCount] TargetInfo eventCount
         * @property {number|Long|null} [lastEventTime] TargetInfo lastEventTime
         * @property {number|null} [keyCount] TargetInfo keyCount
         * @property {number|null} [seriesCount] TargetInfo seriesCount
         * @property {number|Long|null} [refusedEvents] TargetInfo refusedEvents
         * @property {boolean|null} [atLimit] TargetInfo atLimit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TargetInfo.
         * @memberof latency
         * @interface ITargetInfo
         * @augments latency.TargetInfo.$Properties
         * @deprecated Use latency.TargetInfo.$Properties instead.
         */

        /**
         * Shape of a TargetInfo.
         * @typedef {latency.TargetInfo.$Properties} latency.TargetInfo.$Shape
         */

        /**
         * Constructs a new TargetInfo.
         * @memberof latency
         * @classdesc Represents a TargetInfo.
         * @constructor
         * @param {latency.TargetInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TargetInfo = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TargetInfo targetId.
         * @member {string} targetId
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.targetId = "";

        /**
         * TargetInfo eventCount.
         * @member {number|Long} eventCount
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.eventCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TargetInfo lastEventTime.
         * @member {number|Long} lastEventTime
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.lastEventTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * TargetInfo keyCount.
         * @member {number} keyCount
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.keyCount = 0;

        /**
         * TargetInfo seriesCount.
         * @member {number} seriesCount
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.seriesCount = 0;

        /**
         * TargetInfo refusedEvents.
         * @member {number|Long} refusedEvents
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.refusedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TargetInfo atLimit.
         * @member {boolean} atLimit
         * @memberof latency.TargetInfo
         * @instance
         */
        TargetInfo.prototype.atLimit = false;

        /**
         * Creates a new TargetInfo instance using the specified properties.
         * @function create
         * @memberof latency.TargetInfo
         * @static
         * @param {latency.TargetInfo.$Properties=} [properties] Properties to set
         * @returns {latency.TargetInfo} TargetInfo instance
         * @type {{
         *   (properties: latency.TargetInfo.$Shape): latency.TargetInfo & latency.TargetInfo.$Shape;
         *   (properties?: latency.TargetInfo.$Properties): latency.TargetInfo;
         * }}
         */
        TargetInfo.create = function(properties) {
            return new TargetInfo(properties);
        };

        /**
         * Encodes the specified TargetInfo message. Does not implicitly {@link latency.TargetInfo.verify|verify} messages.
         * @function encode
         * @memberof latency.TargetInfo
         * @static
         * @param {latency.TargetInfo.$Properties} message TargetInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TargetInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetId);
            if (message.eventCount != null && $Object.hasOwnProperty.call(message, "eventCount") && (typeof message.eventCount === "object" ? message.eventCount.low || message.eventCount.high : message.eventCount !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.eventCount);
            if (message.lastEventTime != null && $Object.hasOwnProperty.call(message, "lastEventTime") && (typeof message.lastEventTime === "object" ? message.lastEventTime.low || message.lastEventTime.high : message.lastEventTime !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lastEventTime);
            if (message.keyCount != null && $Object.hasOwnProperty.call(message, "keyCount") && message.keyCount !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.keyCount);
            if (message.seriesCount != null && $Object.hasOwnProperty.call(message, "seriesCount") && message.seriesCount !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seriesCount);
            if (message.refusedEvents != null && $Object.hasOwnProperty.call(message, "refusedEvents") && (typeof message.refusedEvents === "object" ? message.refusedEvents.low || message.refusedEvents.high : message.refusedEvents !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.refusedEvents);
            if (message.atLimit != null && $Object.hasOwnProperty.call(message, "atLimit") && message.atLimit !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.atLimit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TargetInfo message, length delimited. Does not implicitly {@link latency.TargetInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.TargetInfo
         * @static
         * @param {latency.TargetInfo.$Properties} message TargetInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TargetInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TargetInfo message from the specified reader or buffer.
         * @function decode
         * @memberof latency.TargetInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.TargetInfo & latency.TargetInfo.$Shape} TargetInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TargetInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.TargetInfo();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.eventCount = value;
                        else
                            delete message.eventCount;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.lastEventTime = value;
                        else
                            delete message.lastEventTime;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.keyCount = value;
                        else
                            delete message.keyCount;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seriesCount = value;
                        else
                            delete message.seriesCount;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.refusedEvents = value;
                        else
                            delete message.refusedEvents;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.atLimit = value;
                        else
                            delete message.atLimit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TargetInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.TargetInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.TargetInfo & latency.TargetInfo.$Shape} TargetInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TargetInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TargetInfo message.
         * @function verify
         * @memberof latency.TargetInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TargetInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.eventCount != null && $Object.hasOwnProperty.call(message, "eventCount"))
                if (!$util.isInteger(message.eventCount) && !(message.eventCount && $util.isInteger(message.eventCount.low) && $util.isInteger(message.eventCount.high)))
                    return "eventCount: integer|Long expected";
            if (message.lastEventTime != null && $Object.hasOwnProperty.call(message, "lastEventTime"))
                if (!$util.isInteger(message.lastEventTime) && !(message.lastEventTime && $util.isInteger(message.lastEventTime.low) && $util.isInteger(message.lastEventTime.high)))
                    return "lastEventTime: integer|Long expected";
            if (message.keyCount != null && $Object.hasOwnProperty.call(message, "keyCount"))
                if (!$util.isInteger(message.keyCount))
                    return "keyCount: integer expected";
            if (message.seriesCount != null && $Object.hasOwnProperty.call(message, "seriesCount"))
                if (!$util.isInteger(message.seriesCount))
                    return "seriesCount: integer expected";
            if (message.refusedEvents != null && $Object.hasOwnProperty.call(message, "refusedEvents"))
                if (!$util.isInteger(message.refusedEvents) && !(message.refusedEvents && $util.isInteger(message.refusedEvents.low) && $util.isInteger(message.refusedEvents.high)))
                    return "refusedEvents: integer|Long expected";
            if (message.atLimit != null && $Object.hasOwnProperty.call(message, "atLimit"))
                if (typeof message.atLimit !== "boolean")
                    return "atLimit: boolean expected";
            return null;
        };

        /**
         * Creates a TargetInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.TargetInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.TargetInfo} TargetInfo
         */
        TargetInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.TargetInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.TargetInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.TargetInfo();
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.eventCount != null)
                if (typeof object.eventCount === "object" ? object.eventCount.low || object.eventCount.high : $Number(object.eventCount) !== 0)
                    if ($util.Long)
                        message.eventCount = $util.Long.fromValue(object.eventCount, true);
                    else if (typeof object.eventCount === "string")
                        message.eventCount = $parseInt(object.eventCount, 10);
                    else if (typeof object.eventCount === "number")
                        message.eventCount = object.eventCount;
                    else if (typeof object.eventCount === "object")
                        message.eventCount = new $util.LongBits(object.eventCount.low >>> 0, object.eventCount.high >>> 0).toNumber(true);
            if (object.lastEventTime != null)
                if (typeof object.lastEventTime === "object" ? object.lastEventTime.low || object.lastEventTime.high : $Number(object.lastEventTime) !== 0)
                    if ($util.Long)
                        message.lastEventTime = $util.Long.fromValue(object.lastEventTime, false);
                    else if (typeof object.lastEventTime === "string")
                        message.lastEventTime = $parseInt(object.lastEventTime, 10);
                    else if (typeof object.lastEventTime === "number")
                        message.lastEventTime = object.lastEventTime;
                    else if (typeof object.lastEventTime === "object")
                        message.lastEventTime = new $util.LongBits(object.lastEventTime.low >>> 0, object.lastEventTime.high >>> 0).toNumber();
            if (object.keyCount != null)
                if ($Number(object.keyCount) !== 0)
                    message.keyCount = object.keyCount >>> 0;
            if (object.seriesCount != null)
                if ($Number(object.seriesCount) !== 0)
                    message.seriesCount = object.seriesCount >>> 0;
            if (object.refusedEvents != null)
                if (typeof object.refusedEvents === "object" ? object.refusedEvents.low || object.refusedEvents.high : $Number(object.refusedEvents) !== 0)
                    if ($util.Long)
                        message.refusedEvents = $util.Long.fromValue(object.refusedEvents, true);
                    else if (typeof object.refusedEvents === "string")
                        message.refusedEvents = $parseInt(object.refusedEvents, 10);
                    else if (typeof object.refusedEvents === "number")
                        message.refusedEvents = object.refusedEvents;
                    else if (typeof object.refusedEvents === "object")
                        message.refusedEvents = new $util.LongBits(object.refusedEvents.low >>> 0, object.refusedEvents.high >>> 0).toNumber(true);
            if (object.atLimit != null)
                if (object.atLimit)
                    message.atLimit = $Boolean(object.atLimit);
            return message;
        };

        /**
         * Creates a plain object from a TargetInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.TargetInfo
         * @static
         * @param {latency.TargetInfo} message TargetInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TargetInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.targetId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.eventCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.eventCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.lastEventTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.lastEventTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.keyCount = 0;
                object.seriesCount = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.refusedEvents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.refusedEvents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.atLimit = false;
            }
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.eventCount != null && $Object.hasOwnProperty.call(message, "eventCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.eventCount = typeof message.eventCount === "number" ? $BigInt(message.eventCount) : $util.Long.fromBits(message.eventCount.low >>> 0, message.eventCount.high >>> 0, true).toBigInt();
                else if (typeof message.eventCount === "number")
                    object.eventCount = options.longs === $String ? $String(message.eventCount) : message.eventCount;
                else
                    object.eventCount = options.longs === $String ? $util.Long.prototype.toString.call(message.eventCount) : options.longs === $Number ? new $util.LongBits(message.eventCount.low >>> 0, message.eventCount.high >>> 0).toNumber(true) : message.eventCount;
            if (message.lastEventTime != null && $Object.hasOwnProperty.call(message, "lastEventTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.lastEventTime = typeof message.lastEventTime === "number" ? $BigInt(message.lastEventTime) : $util.Long.fromBits(message.lastEventTime.low >>> 0, message.lastEventTime.high >>> 0, false).toBigInt();
                else if (typeof message.lastEventTime === "number")
                    object.lastEventTime = options.longs === $String ? $String(message.lastEventTime) : message.lastEventTime;
                else
                    object.lastEventTime = options.longs === $String ? $util.Long.prototype.toString.call(message.lastEventTime) : options.longs === $Number ? new $util.LongBits(message.lastEventTime.low >>> 0, message.lastEventTime.high >>> 0).toNumber() : message.lastEventTime;
            if (message.keyCount != null && $Object.hasOwnProperty.call(message, "keyCount"))
                object.keyCount = message.keyCount;
            if (message.seriesCount != null && $Object.hasOwnProperty.call(message, "seriesCount"))
                object.seriesCount = message.seriesCount;
            if (message.refusedEvents != null && $Object.hasOwnProperty.call(message, "refusedEvents"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.refusedEvents = typeof message.refusedEvents === "number" ? $BigInt(message.refusedEvents) : $util.Long.fromBits(message.refusedEvents.low >>> 0, message.refusedEvents.high >>> 0, true).toBigInt();
                else if (typeof message.refusedEvents === "number")
                    object.refusedEvents = options.longs === $String ? $String(message.refusedEvents) : message.refusedEvents;
                else
                    object.refusedEvents = options.longs === $String ? $util.Long.prototype.toString.call(message.refusedEvents) : options.longs === $Number ? new $util.LongBits(message.refusedEvents.low >>> 0, message.refusedEvents.high >>> 0).toNumber(true) : message.refusedEvents;
            if (message.atLimit != null && $Object.hasOwnProperty.call(message, "atLimit"))
                object.atLimit = message.atLimit;
            return object;
        };

        /**
         * Converts this TargetInfo to JSON.
         * @function toJSON
         * @memberof latency.TargetInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TargetInfo.prototype.toJSON = function() {
            return TargetInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TargetInfo
         * @function getTypeUrl
         * @memberof latency.TargetInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TargetInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.TargetInfo";
        };

        return TargetInfo;
    })();

    latency.TargetsUpdate = (function() {

        /**
         * Properties of a TargetsUpdate.
         * @typedef {Object} latency.TargetsUpdate.$Properties
         * @property {Array.<string>|null} [targets] TargetsUpdate targets
         * @property {Array.<string>|null} [added] TargetsUpdate added
         * @property {Array.<string>|null} [removed] TargetsUpdate removed
         * @property {Array.<latency.TargetInfo.$Properties>|null} [details] TargetsUpdate details
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TargetsUpdate.
         * @memberof latency
         * @interface ITargetsUpdate
         * @augments latency.TargetsUpdate.$Properties
         * @deprecated Use latency.TargetsUpdate.$Properties instead.
         */

        /**
         * Shape of a TargetsUpdate.
         * @typedef {latency.TargetsUpdate.$Properties} latency.TargetsUpdate.$Shape
         */

        /**
         * Constructs a new TargetsUpdate.
         * @memberof latency
         * @classdesc Represents a TargetsUpdate.
         * @constructor
         * @param {latency.TargetsUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TargetsUpdate = function (properties) {
            this.targets = [];
            this.added = [];
            this.removed = [];
            this.details = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TargetsUpdate targets.
         * @member {Array.<string>} targets
         * @memberof latency.TargetsUpdate
         * @instance
         */
        TargetsUpdate.prototype.targets = $util.emptyArray;

        /**
         * TargetsUpdate added.
         * @member {Array.<string>} added
         * @memberof latency.TargetsUpdate
         * @instance
         */
        TargetsUpdate.prototype.added = $util.emptyArray;

        /**
         * TargetsUpdate removed.
         * @member {Array.<string>} removed
         * @memberof latency.TargetsUpdate
         * @instance
         */
        TargetsUpdate.prototype.removed = $util.emptyArray;

        /**
         * TargetsUpdate details.
         * @member {Array.<latency.TargetInfo.$Properties>} details
         * @memberof latency.TargetsUpdate
         * @instance
         */
        TargetsUpdate.prototype.details = $util.emptyArray;

        /**
         * Creates a new TargetsUpdate instance using the specified properties.
         * @function create
         * @memberof latency.TargetsUpdate
         * @static
         * @param {latency.TargetsUpdate.$Properties=} [properties] Properties to set
         * @returns {latency.TargetsUpdate} TargetsUpdate instance
         * @type {{
         *   (properties: latency.TargetsUpdate.$Shape): latency.TargetsUpdate & latency.TargetsUpdate.$Shape;
         *   (properties?: latency.TargetsUpdate.$Properties): latency.TargetsUpdate;
         * }}
         */
        TargetsUpdate.create = function(properties) {
            return new TargetsUpdate(properties);
        };

        /**
         * Encodes the specified TargetsUpdate message. Does not implicitly {@link latency.TargetsUpdate.verify|verify} messages.
         * @function encode
         * @memberof latency.TargetsUpdate
         * @static
         * @param {latency.TargetsUpdate.$Properties} message TargetsUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TargetsUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targets != null && message.targets.length)
                for (let i = 0; i < message.targets.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.targets[i]);
            if (message.added != null && message.added.length)
                for (let i = 0; i < message.added.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.added[i]);
            if (message.removed != null && message.removed.length)
                for (let i = 0; i < message.removed.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.removed[i]);
            if (message.details != null && message.details.length)
                for (let i = 0; i < message.details.length; ++i)
                    $root.latency.TargetInfo.encode(message.details[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TargetsUpdate message, length delimited. Does not implicitly {@link latency.TargetsUpdate.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.TargetsUpdate
         * @static
         * @param {latency.TargetsUpdate.$Properties} message TargetsUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TargetsUpdate.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TargetsUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof latency.TargetsUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.TargetsUpdate & latency.TargetsUpdate.$Shape} TargetsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TargetsUpdate.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.TargetsUpdate();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.targets && message.targets.length))
                            message.targets = [];
                        message.targets.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.added && message.added.length))
                            message.added = [];
                        message.added.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.removed && message.removed.length))
                            message.removed = [];
                        message.removed.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.details && message.details.length))
                            message.details = [];
                        message.details.push($root.latency.TargetInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TargetsUpdate message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.TargetsUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.TargetsUpdate & latency.TargetsUpdate.$Shape} TargetsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TargetsUpdate.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TargetsUpdate message.
         * @function verify
         * @memberof latency.TargetsUpdate
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TargetsUpdate.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                if (!$Array.isArray(message.targets))
                    return "targets: array expected";
                for (let i = 0; i < message.targets.length; ++i)
                    if (!$util.isString(message.targets[i]))
                        return "targets: string[] expected";
            }
            if (message.added != null && $Object.hasOwnProperty.call(message, "added")) {
                if (!$Array.isArray(message.added))
                    return "added: array expected";
                for (let i = 0; i < message.added.length; ++i)
                    if (!$util.isString(message.added[i]))
                        return "added: string[] expected";
            }
            if (message.removed != null && $Object.hasOwnProperty.call(message, "removed")) {
                if (!$Array.isArray(message.removed))
                    return "removed: array expected";
                for (let i = 0; i < message.removed.length; ++i)
                    if (!$util.isString(message.removed[i]))
                        return "removed: string[] expected";
            }
            if (message.details != null && $Object.hasOwnProperty.call(message, "details")) {
                if (!$Array.isArray(message.details))
                    return "details: array expected";
                for (let i = 0; i < message.details.length; ++i) {
                    let error = $root.latency.TargetInfo.verify(message.details[i], _depth + 1);
                    if (error)
                        return "details." + error;
                }
            }
            return null;
        };

        /**
         * Creates a TargetsUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.TargetsUpdate
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.TargetsUpdate} TargetsUpdate
         */
        TargetsUpdate.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.TargetsUpdate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.TargetsUpdate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.TargetsUpdate();
            if (object.targets) {
                if (!$Array.isArray(object.targets))
                    throw $TypeError(".latency.TargetsUpdate.targets: array expected");
                message.targets = $Array(object.targets.length);
                for (let i = 0; i < object.targets.length; ++i)
                    message.targets[i] = $String(object.targets[i]);
            }
            if (object.added) {
                if (!$Array.isArray(object.added))
                    throw $TypeError(".latency.TargetsUpdate.added: array expected");
                message.added = $Array(object.added.length);
                for (let i = 0; i < object.added.length; ++i)
                    message.added[i] = $String(object.added[i]);
            }
            if (object.removed) {
                if (!$Array.isArray(object.removed))
                    throw $TypeError(".latency.TargetsUpdate.removed: array expected");
                message.removed = $Array(object.removed.length);
                for (let i = 0; i < object.removed.length; ++i)
                    message.removed[i] = $String(object.removed[i]);
            }
            if (object.details) {
                if (!$Array.isArray(object.details))
                    throw $TypeError(".latency.TargetsUpdate.details: array expected");
                message.details = $Array(object.details.length);
                for (let i = 0; i < object.details.length; ++i) {
                    if (!$util.isObject(object.details[i]))
                        throw $TypeError(".latency.TargetsUpdate.details: object expected");
                    message.details[i] = $root.latency.TargetInfo.fromObject(object.details[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a TargetsUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.TargetsUpdate
         * @static
         * @param {latency.TargetsUpdate} message TargetsUpdate
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TargetsUpdate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.targets = [];
                object.added = [];
                object.removed = [];
                object.details = [];
            }
            if (message.targets && message.targets.length) {
                object.targets = $Array(message.targets.length);
                for (let j = 0; j < message.targets.length; ++j)
                    object.targets[j] = message.targets[j];
            }
            if (message.added && message.added.length) {
                object.added = $Array(message.added.length);
                for (let j = 0; j < message.added.length; ++j)
                    object.added[j] = message.added[j];
            }
            if (message.removed && message.removed.length) {
                object.removed = $Array(message.removed.length);
                for (let j = 0; j < message.removed.length; ++j)
                    object.removed[j] = message.removed[j];
            }
            if (message.details && message.details.length) {
                object.details = $Array(message.details.length);
                for (let j = 0; j < message.details.length; ++j)
                    object.details[j] = $root.latency.TargetInfo.toObject(message.details[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this TargetsUpdate to JSON.
         * @function toJSON
         * @memberof latency.TargetsUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TargetsUpdate.prototype.toJSON = function() {
            return TargetsUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TargetsUpdate
         * @function getTypeUrl
         * @memberof latency.TargetsUpdate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TargetsUpdate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.TargetsUpdate";
        };

        return TargetsUpdate;
    })();

    latency.ErrorMessage = (function() {

        /**
         * Properties of an ErrorMessage.
         * @typedef {Object} latency.ErrorMessage.$Properties
         * @property {string|null} [code] ErrorMessage code
         * @property {string|null} [message] ErrorMessage message
         * @property {string|null} [targetId] ErrorMessage targetId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ErrorMessage.
         * @memberof latency
         * @interface IErrorMessage
         * @augments latency.ErrorMessage.$Properties
         * @deprecated Use latency.ErrorMessage.$Properties instead.
         */

        /**
         * Shape of an ErrorMessage.
         * @typedef {latency.ErrorMessage.$Properties} latency.ErrorMessage.$Shape
         */

        /**
         * Constructs a new ErrorMessage.
         * @memberof latency
         * @classdesc Represents an ErrorMessage.
         * @constructor
         * @param {latency.ErrorMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ErrorMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ErrorMessage code.
         * @member {string} code
         * @memberof latency.ErrorMessage
         * @instance
         */
        ErrorMessage.prototype.code = "";

        /**
         * ErrorMessage message.
         * @member {string} message
         * @memberof latency.ErrorMessage
         * @instance
         */
        ErrorMessage.prototype.message = "";

        /**
         * ErrorMessage targetId.
         * @member {string} targetId
         * @memberof latency.ErrorMessage
         * @instance
         */
        ErrorMessage.prototype.targetId = "";

        /**
         * Creates a new ErrorMessage instance using the specified properties.
         * @function create
         * @memberof latency.ErrorMessage
         * @static
         * @param {latency.ErrorMessage.$Properties=} [properties] Properties to set
         * @returns {latency.ErrorMessage} ErrorMessage instance
         * @type {{
         *   (properties: latency.ErrorMessage.$Shape): latency.ErrorMessage & latency.ErrorMessage.$Shape;
         *   (properties?: latency.ErrorMessage.$Properties): latency.ErrorMessage;
         * }}
         */
        ErrorMessage.create = function(properties) {
            return new ErrorMessage(properties);
        };

        /**
         * Encodes the specified ErrorMessage message. Does not implicitly {@link latency.ErrorMessage.verify|verify} messages.
         * @function encode
         * @memberof latency.ErrorMessage
         * @static
         * @param {latency.ErrorMessage.$Properties} message ErrorMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.targetId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ErrorMessage message, length delimited. Does not implicitly {@link latency.ErrorMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.ErrorMessage
         * @static
         * @param {latency.ErrorMessage.$Properties} message ErrorMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ErrorMessage message from the specified reader or buffer.
         * @function decode
         * @memberof latency.ErrorMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.ErrorMessage & latency.ErrorMessage.$Shape} ErrorMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.ErrorMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ErrorMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.ErrorMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.ErrorMessage & latency.ErrorMessage.$Shape} ErrorMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ErrorMessage message.
         * @function verify
         * @memberof latency.ErrorMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ErrorMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                if (!$util.isString(message.code))
                    return "code: string expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            return null;
        };

        /**
         * Creates an ErrorMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.ErrorMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.ErrorMessage} ErrorMessage
         */
        ErrorMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.ErrorMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.ErrorMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.ErrorMessage();
            if (object.code != null)
                if (typeof object.code !== "string" || object.code.length)
                    message.code = $String(object.code);
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            return message;
        };

        /**
         * Creates a plain object from an ErrorMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.ErrorMessage
         * @static
         * @param {latency.ErrorMessage} message ErrorMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ErrorMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.code = "";
                object.message = "";
                object.targetId = "";
            }
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            return object;
        };

        /**
         * Converts this ErrorMessage to JSON.
         * @function toJSON
         * @memberof latency.ErrorMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ErrorMessage.prototype.toJSON = function() {
            return ErrorMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ErrorMessage
         * @function getTypeUrl
         * @memberof latency.ErrorMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ErrorMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.ErrorMessage";
        };

        return ErrorMessage;
    })();

    latency.Rejection = (function() {

        /**
         * Properties of a Rejection.
         * @typedef {Object} latency.Rejection.$Properties
         * @property {number|null} [index] Rejection index
         * @property {string|null} [code] Rejection code
         * @property {string|null} [reason] Rejection reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Rejection.
         * @memberof latency
         * @interface IRejection
         * @augments latency.Rejection.$Properties
         * @deprecated Use latency.Rejection.$Properties instead.
         */

        /**
         * Shape of a Rejection.
         * @typedef {latency.Rejection.$Properties} latency.Rejection.$Shape
         */

        /**
         * Constructs a new Rejection.
         * @memberof latency
         * @classdesc Represents a Rejection.
         * @constructor
         * @param {latency.Rejection.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Rejection = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Rejection index.
         * @member {number} index
         * @memberof latency.Rejection
         * @instance
         */
        Rejection.prototype.index = 0;

        /**
         * Rejection code.
         * @member {string} code
         * @memberof latency.Rejection
         * @instance
         */
        Rejection.prototype.code = "";

        /**
         * Rejection reason.
         * @member {string} reason
         * @memberof latency.Rejection
         * @instance
         */
        Rejection.prototype.reason = "";

        /**
         * Creates a new Rejection instance using the specified properties.
         * @function create
         * @memberof latency.Rejection
         * @static
         * @param {latency.Rejection.$Properties=} [properties] Properties to set
         * @returns {latency.Rejection} Rejection instance
         * @type {{
         *   (properties: latency.Rejection.$Shape): latency.Rejection & latency.Rejection.$Shape;
         *   (properties?: latency.Rejection.$Properties): latency.Rejection;
         * }}
         */
        Rejection.create = function(properties) {
            return new Rejection(properties);
        };

        /**
         * Encodes the specified Rejection message. Does not implicitly {@link latency.Rejection.verify|verify} messages.
         * @function encode
         * @memberof latency.Rejection
         * @static
         * @param {latency.Rejection.$Properties} message Rejection message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Rejection.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Rejection message, length delimited. Does not implicitly {@link latency.Rejection.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.Rejection
         * @static
         * @param {latency.Rejection.$Properties} message Rejection message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Rejection.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Rejection message from the specified reader or buffer.
         * @function decode
         * @memberof latency.Rejection
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.Rejection & latency.Rejection.$Shape} Rejection
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Rejection.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.Rejection();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Rejection message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.Rejection
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.Rejection & latency.Rejection.$Shape} Rejection
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Rejection.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Rejection message.
         * @function verify
         * @memberof latency.Rejection
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Rejection.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                if (!$util.isString(message.code))
                    return "code: string expected";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                if (!$util.isString(message.reason))
                    return "reason: string expected";
            return null;
        };

        /**
         * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.Rejection
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.Rejection} Rejection
         */
        Rejection.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.Rejection)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.Rejection: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.Rejection();
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.code != null)
                if (typeof object.code !== "string" || object.code.length)
                    message.code = $String(object.code);
            if (object.reason != null)
                if (typeof object.reason !== "string" || object.reason.length)
                    message.reason = $String(object.reason);
            return message;
        };

        /**
         * Creates a plain object from a Rejection message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.Rejection
         * @static
         * @param {latency.Rejection} message Rejection
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Rejection.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.index = 0;
                object.code = "";
                object.reason = "";
            }
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = message.reason;
            return object;
        };

        /**
         * Converts this Rejection to JSON.
         * @function toJSON
         * @memberof latency.Rejection
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Rejection.prototype.toJSON = function() {
            return Rejection.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Rejection
         * @function getTypeUrl
         * @memberof latency.Rejection
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Rejection.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.Rejection";
        };

        return Rejection;
    })();

    latency.IngestAck = (function() {

        /**
         * Properties of an IngestAck.
         * @typedef {Object} latency.IngestAck.$Properties
         * @property {number|Long|null} [batchId] IngestAck batchId
         * @property {number|null} [accepted] IngestAck accepted
         * @property {Array.<latency.Rejection.$Properties>|null} [rejected] IngestAck rejected
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an IngestAck.
         * @memberof latency
         * @interface IIngestAck
         * @augments latency.IngestAck.$Properties
         * @deprecated Use latency.IngestAck.$Properties instead.
         */

        /**
         * Shape of an IngestAck.
         * @typedef {latency.IngestAck.$Properties} latency.IngestAck.$Shape
         */

        /**
         * Constructs a new IngestAck.
         * @memberof latency
         * @classdesc Represents an IngestAck.
         * @constructor
         * @param {latency.IngestAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const IngestAck = function (properties) {
            this.rejected = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * IngestAck batchId.
         * @member {number|Long} batchId
         * @memberof latency.IngestAck
         * @instance
         */
        IngestAck.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * IngestAck accepted.
         * @member {number} accepted
         * @memberof latency.IngestAck
         * @instance
         */
        IngestAck.prototype.accepted = 0;

        /**
         * IngestAck rejected.
         * @member {Array.<latency.Rejection.$Properties>} rejected
         * @memberof latency.IngestAck
         * @instance
         */
        IngestAck.prototype.rejected = $util.emptyArray;

        /**
         * Creates a new IngestAck instance using the specified properties.
         * @function create
         * @memberof latency.IngestAck
         * @static
         * @param {latency.IngestAck.$Properties=} [properties] Properties to set
         * @returns {latency.IngestAck} IngestAck instance
         * @type {{
         *   (properties: latency.IngestAck.$Shape): latency.IngestAck & latency.IngestAck.$Shape;
         *   (properties?: latency.IngestAck.$Properties): latency.IngestAck;
         * }}
         */
        IngestAck.create = function(properties) {
            return new IngestAck(properties);
        };

        /**
         * Encodes the specified IngestAck message. Does not implicitly {@link latency.IngestAck.verify|verify} messages.
         * @function encode
         * @memberof latency.IngestAck
         * @static
         * @param {latency.IngestAck.$Properties} message IngestAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IngestAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId") && (typeof message.batchId === "object" ? message.batchId.low || message.batchId.high : message.batchId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchId);
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.accepted);
            if (message.rejected != null && message.rejected.length)
                for (let i = 0; i < message.rejected.length; ++i)
                    $root.latency.Rejection.encode(message.rejected[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified IngestAck message, length delimited. Does not implicitly {@link latency.IngestAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.IngestAck
         * @static
         * @param {latency.IngestAck.$Properties} message IngestAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IngestAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an IngestAck message from the specified reader or buffer.
         * @function decode
         * @memberof latency.IngestAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.IngestAck & latency.IngestAck.$Shape} IngestAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IngestAck.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.IngestAck();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.batchId = value;
                        else
                            delete message.batchId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.accepted = value;
                        else
                            delete message.accepted;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.rejected && message.rejected.length))
                            message.rejected = [];
                        message.rejected.push($root.latency.Rejection.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an IngestAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.IngestAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.IngestAck & latency.IngestAck.$Shape} IngestAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IngestAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an IngestAck message.
         * @function verify
         * @memberof latency.IngestAck
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        IngestAck.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId"))
                if (!$util.isInteger(message.batchId) && !(message.batchId && $util.isInteger(message.batchId.low) && $util.isInteger(message.batchId.high)))
                    return "batchId: integer|Long expected";
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                if (!$util.isInteger(message.accepted))
                    return "accepted: integer expected";
            if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected")) {
                if (!$Array.isArray(message.rejected))
                    return "rejected: array expected";
                for (let i = 0; i < message.rejected.length; ++i) {
                    let error = $root.latency.Rejection.verify(message.rejected[i], _depth + 1);
                    if (error)
                        return "rejected." + error;
                }
            }
            return null;
        };

        /**
         * Creates an IngestAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.IngestAck
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.IngestAck} IngestAck
         */
        IngestAck.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.IngestAck)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.IngestAck: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.IngestAck();
            if (object.batchId != null)
                if (typeof object.batchId === "object" ? object.batchId.low || object.batchId.high : $Number(object.batchId) !== 0)
                    if ($util.Long)
                        message.batchId = $util.Long.fromValue(object.batchId, true);
                    else if (typeof object.batchId === "string")
                        message.batchId = $parseInt(object.batchId, 10);
                    else if (typeof object.batchId === "number")
                        message.batchId = object.batchId;
                    else if (typeof object.batchId === "object")
                        message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
            if (object.accepted != null)
                if ($Number(object.accepted) !== 0)
                    message.accepted = object.accepted >>> 0;
            if (object.rejected) {
                if (!$Array.isArray(object.rejected))
                    throw $TypeError(".latency.IngestAck.rejected: array expected");
                message.rejected = $Array(object.rejected.length);
                for (let i = 0; i < object.rejected.length; ++i) {
                    if (!$util.isObject(object.rejected[i]))
                        throw $TypeError(".latency.IngestAck.rejected: object expected");
                    message.rejected[i] = $root.latency.Rejection.fromObject(object.rejected[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an IngestAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.IngestAck
         * @static
         * @param {latency.IngestAck} message IngestAck
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        IngestAck.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.rejected = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.batchId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.batchId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.accepted = 0;
            }
            if (message.batchId != null && $Object.hasOwnProperty.call(message, "batchId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.batchId = typeof message.batchId === "number" ? $BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                else if (typeof message.batchId === "number")
                    object.batchId = options.longs === $String ? $String(message.batchId) : message.batchId;
                else
                    object.batchId = options.longs === $String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === $Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                object.accepted = message.accepted;
            if (message.rejected && message.rejected.length) {
                object.rejected = $Array(message.rejected.length);
                for (let j = 0; j < message.rejected.length; ++j)
                    object.rejected[j] = $root.latency.Rejection.toObject(message.rejected[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this IngestAck to JSON.
         * @function toJSON
         * @memberof latency.IngestAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        IngestAck.prototype.toJSON = function() {
            return IngestAck.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for IngestAck
         * @function getTypeUrl
         * @memberof latency.IngestAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        IngestAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.IngestAck";
        };

        return IngestAck;
    })();

    latency.AlertEvent = (function() {

        /**
         * Properties of an AlertEvent.
         * @typedef {Object} latency.AlertEvent.$Properties
         * @property {number|null} [ruleId] AlertEvent ruleId
         * @property {string|null} [ruleName] AlertEvent ruleName
         * @property {string|null} [targetId] AlertEvent targetId
         * @property {string|null} [key] AlertEvent key
         * @property {string|null} [metric] AlertEvent metric
         * @property {string|null} [op] AlertEvent op
         * @property {number|null} [threshold] AlertEvent threshold
         * @property {number|null} [value] AlertEvent value
         * @property {string|null} [state] AlertEvent state
         * @property {number|Long|null} [time] AlertEvent time
         * @property {number|null} [forS] AlertEvent forS
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AlertEvent.
         * @memberof latency
         * @interface IAlertEvent
         * @augments latency.AlertEvent.$Properties
         * @deprecated Use latency.AlertEvent.$Properties instead.
         */

        /**
         * Shape of an AlertEvent.
         * @typedef {latency.AlertEvent.$Properties} latency.AlertEvent.$Shape
         */

        /**
         * Constructs a new AlertEvent.
         * @memberof latency
         * @classdesc Represents an AlertEvent.
         * @constructor
         * @param {latency.AlertEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AlertEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AlertEvent ruleId.
         * @member {number} ruleId
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.ruleId = 0;

        /**
         * AlertEvent ruleName.
         * @member {string} ruleName
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.ruleName = "";

        /**
         * AlertEvent targetId.
         * @member {string} targetId
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.targetId = "";

        /**
         * AlertEvent key.
         * @member {string} key
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.key = "";

        /**
         * AlertEvent metric.
         * @member {string} metric
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.metric = "";

        /**
         * AlertEvent op.
         * @member {string} op
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.op = "";

        /**
         * AlertEvent threshold.
         * @member {number} threshold
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.threshold = 0;

        /**
         * AlertEvent value.
         * @member {number} value
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.value = 0;

        /**
         * AlertEvent state.
         * @member {string} state
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.state = "";

        /**
         * AlertEvent time.
         * @member {number|Long} time
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AlertEvent forS.
         * @member {number} forS
         * @memberof latency.AlertEvent
         * @instance
         */
        AlertEvent.prototype.forS = 0;

        /**
         * Creates a new AlertEvent instance using the specified properties.
         * @function create
         * @memberof latency.AlertEvent
         * @static
         * @param {latency.AlertEvent.$Properties=} [properties] Properties to set
         * @returns {latency.AlertEvent} AlertEvent instance
         * @type {{
         *   (properties: latency.AlertEvent.$Shape): latency.AlertEvent & latency.AlertEvent.$Shape;
         *   (properties?: latency.AlertEvent.$Properties): latency.AlertEvent;
         * }}
         */
        AlertEvent.create = function(properties) {
            return new AlertEvent(properties);
        };

        /**
         * Encodes the specified AlertEvent message. Does not implicitly {@link latency.AlertEvent.verify|verify} messages.
         * @function encode
         * @memberof latency.AlertEvent
         * @static
         * @param {latency.AlertEvent.$Properties} message AlertEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ruleId);
            if (message.ruleName != null && $Object.hasOwnProperty.call(message, "ruleName") && message.ruleName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.ruleName);
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.targetId);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.key);
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.metric);
            if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.op);
            if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.threshold);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.value);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.state);
            if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).int64(message.time);
            if (message.forS != null && $Object.hasOwnProperty.call(message, "forS") && message.forS !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.forS);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AlertEvent message, length delimited. Does not implicitly {@link latency.AlertEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.AlertEvent
         * @static
         * @param {latency.AlertEvent.$Properties} message AlertEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AlertEvent message from the specified reader or buffer.
         * @function decode
         * @memberof latency.AlertEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.AlertEvent & latency.AlertEvent.$Shape} AlertEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertEvent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.AlertEvent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.ruleId = value;
                        else
                            delete message.ruleId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ruleName = value;
                        else
                            delete message.ruleName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metric = value;
                        else
                            delete message.metric;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.op = value;
                        else
                            delete message.op;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.threshold = value;
                        else
                            delete message.threshold;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.time = value;
                        else
                            delete message.time;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.forS = value;
                        else
                            delete message.forS;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an AlertEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.AlertEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.AlertEvent & latency.AlertEvent.$Shape} AlertEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AlertEvent message.
         * @function verify
         * @memberof latency.AlertEvent
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AlertEvent.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId"))
                if (!$util.isInteger(message.ruleId))
                    return "ruleId: integer expected";
            if (message.ruleName != null && $Object.hasOwnProperty.call(message, "ruleName"))
                if (!$util.isString(message.ruleName))
                    return "ruleName: string expected";
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                if (!$util.isString(message.targetId))
                    return "targetId: string expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                if (!$util.isString(message.key))
                    return "key: string expected";
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                if (!$util.isString(message.metric))
                    return "metric: string expected";
            if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                if (!$util.isString(message.op))
                    return "op: string expected";
            if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                if (typeof message.threshold !== "number")
                    return "threshold: number expected";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (typeof message.value !== "number")
                    return "value: number expected";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                if (!$util.isString(message.state))
                    return "state: string expected";
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                    return "time: integer|Long expected";
            if (message.forS != null && $Object.hasOwnProperty.call(message, "forS"))
                if (!$util.isInteger(message.forS))
                    return "forS: integer expected";
            return null;
        };

        /**
         * Creates an AlertEvent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.AlertEvent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.AlertEvent} AlertEvent
         */
        AlertEvent.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.AlertEvent)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.AlertEvent: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.AlertEvent();
            if (object.ruleId != null)
                if ($Number(object.ruleId) !== 0)
                    message.ruleId = object.ruleId >>> 0;
            if (object.ruleName != null)
                if (typeof object.ruleName !== "string" || object.ruleName.length)
                    message.ruleName = $String(object.ruleName);
            if (object.targetId != null)
                if (typeof object.targetId !== "string" || object.targetId.length)
                    message.targetId = $String(object.targetId);
            if (object.key != null)
                if (typeof object.key !== "string" || object.key.length)
                    message.key = $String(object.key);
            if (object.metric != null)
                if (typeof object.metric !== "string" || object.metric.length)
                    message.metric = $String(object.metric);
            if (object.op != null)
                if (typeof object.op !== "string" || object.op.length)
                    message.op = $String(object.op);
            if (object.threshold != null)
                if (!$Object.is($Number(object.threshold), 0))
                    message.threshold = $Number(object.threshold);
            if (object.value != null)
                if (!$Object.is($Number(object.value), 0))
                    message.value = $Number(object.value);
            if (object.state != null)
                if (typeof object.state !== "string" || object.state.length)
                    message.state = $String(object.state);
            if (object.time != null)
                if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                    if ($util.Long)
                        message.time = $util.Long.fromValue(object.time, false);
                    else if (typeof object.time === "string")
                        message.time = $parseInt(object.time, 10);
                    else if (typeof object.time === "number")
                        message.time = object.time;
                    else if (typeof object.time === "object")
                        message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
            if (object.forS != null)
                if ($Number(object.forS) !== 0)
                    message.forS = object.forS >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an AlertEvent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.AlertEvent
         * @static
         * @param {latency.AlertEvent} message AlertEvent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AlertEvent.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ruleId = 0;
                object.ruleName = "";
                object.targetId = "";
                object.key = "";
                object.metric = "";
                object.op = "";
                object.threshold = 0;
                object.value = 0;
                object.state = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.forS = 0;
            }
            if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId"))
                object.ruleId = message.ruleId;
            if (message.ruleName != null && $Object.hasOwnProperty.call(message, "ruleName"))
                object.ruleName = message.ruleName;
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                object.metric = message.metric;
            if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                object.op = message.op;
            if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = message.state;
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                else if (typeof message.time === "number")
                    object.time = options.longs === $String ? $String(message.time) : message.time;
                else
                    object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
            if (message.forS != null && $Object.hasOwnProperty.call(message, "forS"))
                object.forS = message.forS;
            return object;
        };

        /**
         * Converts this AlertEvent to JSON.
         * @function toJSON
         * @memberof latency.AlertEvent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AlertEvent.prototype.toJSON = function() {
            return AlertEvent.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AlertEvent
         * @function getTypeUrl
         * @memberof latency.AlertEvent
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AlertEvent.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.AlertEvent";
        };

        return AlertEvent;
    })();

    latency.AlertsUpdate = (function() {

        /**
         * Properties of an AlertsUpdate.
         * @typedef {Object} latency.AlertsUpdate.$Properties
         * @property {Array.<latency.AlertEvent.$Properties>|null} [firing] AlertsUpdate firing
         * @property {Array.<latency.AlertEvent.$Properties>|null} [changes] AlertsUpdate changes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AlertsUpdate.
         * @memberof latency
         * @interface IAlertsUpdate
         * @augments latency.AlertsUpdate.$Properties
         * @deprecated Use latency.AlertsUpdate.$Properties instead.
         */

        /**
         * Shape of an AlertsUpdate.
         * @typedef {latency.AlertsUpdate.$Properties} latency.AlertsUpdate.$Shape
         */

        /**
         * Constructs a new AlertsUpdate.
         * @memberof latency
         * @classdesc Represents an AlertsUpdate.
         * @constructor
         * @param {latency.AlertsUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AlertsUpdate = function (properties) {
            this.firing = [];
            this.changes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AlertsUpdate firing.
         * @member {Array.<latency.AlertEvent.$Properties>} firing
         * @memberof latency.AlertsUpdate
         * @instance
         */
        AlertsUpdate.prototype.firing = $util.emptyArray;

        /**
         * AlertsUpdate changes.
         * @member {Array.<latency.AlertEvent.$Properties>} changes
         * @memberof latency.AlertsUpdate
         * @instance
         */
        AlertsUpdate.prototype.changes = $util.emptyArray;

        /**
         * Creates a new AlertsUpdate instance using the specified properties.
         * @function create
         * @memberof latency.AlertsUpdate
         * @static
         * @param {latency.AlertsUpdate.$Properties=} [properties] Properties to set
         * @returns {latency.AlertsUpdate} AlertsUpdate instance
         * @type {{
         *   (properties: latency.AlertsUpdate.$Shape): latency.AlertsUpdate & latency.AlertsUpdate.$Shape;
         *   (properties?: latency.AlertsUpdate.$Properties): latency.AlertsUpdate;
         * }}
         */
        AlertsUpdate.create = function(properties) {
            return new AlertsUpdate(properties);
        };

        /**
         * Encodes the specified AlertsUpdate message. Does not implicitly {@link latency.AlertsUpdate.verify|verify} messages.
         * @function encode
         * @memberof latency.AlertsUpdate
         * @static
         * @param {latency.AlertsUpdate.$Properties} message AlertsUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertsUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.firing != null && message.firing.length)
                for (let i = 0; i < message.firing.length; ++i)
                    $root.latency.AlertEvent.encode(message.firing[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.changes != null && message.changes.length)
                for (let i = 0; i < message.changes.length; ++i)
                    $root.latency.AlertEvent.encode(message.changes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AlertsUpdate message, length delimited. Does not implicitly {@link latency.AlertsUpdate.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.AlertsUpdate
         * @static
         * @param {latency.AlertsUpdate.$Properties} message AlertsUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertsUpdate.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AlertsUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof latency.AlertsUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.AlertsUpdate & latency.AlertsUpdate.$Shape} AlertsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertsUpdate.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.AlertsUpdate();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.firing && message.firing.length))
                            message.firing = [];
                        message.firing.push($root.latency.AlertEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.changes && message.changes.length))
                            message.changes = [];
                        message.changes.push($root.latency.AlertEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an AlertsUpdate message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.AlertsUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.AlertsUpdate & latency.AlertsUpdate.$Shape} AlertsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertsUpdate.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AlertsUpdate message.
         * @function verify
         * @memberof latency.AlertsUpdate
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AlertsUpdate.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.firing != null && $Object.hasOwnProperty.call(message, "firing")) {
                if (!$Array.isArray(message.firing))
                    return "firing: array expected";
                for (let i = 0; i < message.firing.length; ++i) {
                    let error = $root.latency.AlertEvent.verify(message.firing[i], _depth + 1);
                    if (error)
                        return "firing." + error;
                }
            }
            if (message.changes != null && $Object.hasOwnProperty.call(message, "changes")) {
                if (!$Array.isArray(message.changes))
                    return "changes: array expected";
                for (let i = 0; i < message.changes.length; ++i) {
                    let error = $root.latency.AlertEvent.verify(message.changes[i], _depth + 1);
                    if (error)
                        return "changes." + error;
                }
            }
            return null;
        };

        /**
         * Creates an AlertsUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.AlertsUpdate
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.AlertsUpdate} AlertsUpdate
         */
        AlertsUpdate.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.AlertsUpdate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.AlertsUpdate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.AlertsUpdate();
            if (object.firing) {
                if (!$Array.isArray(object.firing))
                    throw $TypeError(".latency.AlertsUpdate.firing: array expected");
                message.firing = $Array(object.firing.length);
                for (let i = 0; i < object.firing.length; ++i) {
                    if (!$util.isObject(object.firing[i]))
                        throw $TypeError(".latency.AlertsUpdate.firing: object expected");
                    message.firing[i] = $root.latency.AlertEvent.fromObject(object.firing[i], _depth + 1);
                }
            }
            if (object.changes) {
                if (!$Array.isArray(object.changes))
                    throw $TypeError(".latency.AlertsUpdate.changes: array expected");
                message.changes = $Array(object.changes.length);
                for (let i = 0; i < object.changes.length; ++i) {
                    if (!$util.isObject(object.changes[i]))
                        throw $TypeError(".latency.AlertsUpdate.changes: object expected");
                    message.changes[i] = $root.latency.AlertEvent.fromObject(object.changes[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an AlertsUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.AlertsUpdate
         * @static
         * @param {latency.AlertsUpdate} message AlertsUpdate
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AlertsUpdate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.firing = [];
                object.changes = [];
            }
            if (message.firing && message.firing.length) {
                object.firing = $Array(message.firing.length);
                for (let j = 0; j < message.firing.length; ++j)
                    object.firing[j] = $root.latency.AlertEvent.toObject(message.firing[j], options, _depth + 1);
            }
            if (message.changes && message.changes.length) {
                object.changes = $Array(message.changes.length);
                for (let j = 0; j < message.changes.length; ++j)
                    object.changes[j] = $root.latency.AlertEvent.toObject(message.changes[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this AlertsUpdate to JSON.
         * @function toJSON
         * @memberof latency.AlertsUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AlertsUpdate.prototype.toJSON = function() {
            return AlertsUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AlertsUpdate
         * @function getTypeUrl
         * @memberof latency.AlertsUpdate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AlertsUpdate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.AlertsUpdate";
        };

        return AlertsUpdate;
    })();

    latency.StatsSubscription = (function() {

        /**
         * Properties of a StatsSubscription.
         * @typedef {Object} latency.StatsSubscription.$Properties
         * @property {latency.SubscriptionMessage.Action|null} [action] StatsSubscription action
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatsSubscription.
         * @memberof latency
         * @interface IStatsSubscription
         * @augments latency.StatsSubscription.$Properties
         * @deprecated Use latency.StatsSubscription.$Properties instead.
         */

        /**
         * Shape of a StatsSubscription.
         * @typedef {latency.StatsSubscription.$Properties} latency.StatsSubscription.$Shape
         */

        /**
         * Constructs a new StatsSubscription.
         * @memberof latency
         * @classdesc Represents a StatsSubscription.
         * @constructor
         * @param {latency.StatsSubscription.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatsSubscription = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatsSubscription action.
         * @member {latency.SubscriptionMessage.Action} action
         * @memberof latency.StatsSubscription
         * @instance
         */
        StatsSubscription.prototype.action = 0;

        /**
         * Creates a new StatsSubscription instance using the specified properties.
         * @function create
         * @memberof latency.StatsSubscription
         * @static
         * @param {latency.StatsSubscription.$Properties=} [properties] Properties to set
         * @returns {latency.StatsSubscription} StatsSubscription instance
         * @type {{
         *   (properties: latency.StatsSubscription.$Shape): latency.StatsSubscription & latency.StatsSubscription.$Shape;
         *   (properties?: latency.StatsSubscription.$Properties): latency.StatsSubscription;
         * }}
         */
        StatsSubscription.create = function(properties) {
            return new StatsSubscription(properties);
        };

        /**
         * Encodes the specified StatsSubscription message. Does not implicitly {@link latency.StatsSubscription.verify|verify} messages.
         * @function encode
         * @memberof latency.StatsSubscription
         * @static
         * @param {latency.StatsSubscription.$Properties} message StatsSubscription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatsSubscription.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified StatsSubscription message, length delimited. Does not implicitly {@link latency.StatsSubscription.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.StatsSubscription
         * @static
         * @param {latency.StatsSubscription.$Properties} message StatsSubscription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatsSubscription.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatsSubscription message from the specified reader or buffer.
         * @function decode
         * @memberof latency.StatsSubscription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.StatsSubscription & latency.StatsSubscription.$Shape} StatsSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatsSubscription.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.StatsSubscription();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.action = value;
                        else
                            delete message.action;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a StatsSubscription message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.StatsSubscription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.StatsSubscription & latency.StatsSubscription.$Shape} StatsSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatsSubscription.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatsSubscription message.
         * @function verify
         * @memberof latency.StatsSubscription
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatsSubscription.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                    return "action: enum value expected";
            return null;
        };

        /**
         * Creates a StatsSubscription message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.StatsSubscription
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.StatsSubscription} StatsSubscription
         */
        StatsSubscription.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.StatsSubscription)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.StatsSubscription: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.StatsSubscription();
            if (object.action !== 0 && (typeof object.action !== "string" || $root.latency.SubscriptionMessage.Action[object.action] !== 0))
                switch (object.action) {
                case "SUBSCRIBE":
                case 0:
                    message.action = 0;
                    break;
                case "UNSUBSCRIBE":
                case 1:
                    message.action = 1;
                    break;
                default:
                    if (typeof object.action === "number" && (object.action | 0) === object.action)
                        message.action = object.action;
                }
            return message;
        };

        /**
         * Creates a plain object from a StatsSubscription message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.StatsSubscription
         * @static
         * @param {latency.StatsSubscription} message StatsSubscription
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatsSubscription.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.action = options.enums === $String ? "SUBSCRIBE" : 0;
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                object.action = options.enums === $String ? $root.latency.SubscriptionMessage.Action[message.action] === $undefined ? message.action : $root.latency.SubscriptionMessage.Action[message.action] : message.action;
            return object;
        };

        /**
         * Converts this StatsSubscription to JSON.
         * @function toJSON
         * @memberof latency.StatsSubscription
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatsSubscription.prototype.toJSON = function() {
            return StatsSubscription.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatsSubscription
         * @function getTypeUrl
         * @memberof latency.StatsSubscription
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatsSubscription.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.StatsSubscription";
        };

        return StatsSubscription;
    })();

    latency.StatsCounter = (function() {

        /**
         * Properties of a StatsCounter.
         * @typedef {Object} latency.StatsCounter.$Properties
         * @property {number|Long|null} [total] StatsCounter total
         * @property {number|null} [perSecond] StatsCounter perSecond
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatsCounter.
         * @memberof latency
         * @interface IStatsCounter
         * @augments latency.StatsCounter.$Properties
         * @deprecated Use latency.StatsCounter.$Properties instead.
         */

        /**
         * Shape of a StatsCounter.
         * @typedef {latency.StatsCounter.$Properties} latency.StatsCounter.$Shape
         */

        /**
         * Constructs a new StatsCounter.
         * @memberof latency
         * @classdesc Represents a StatsCounter.
         * @constructor
         * @param {latency.StatsCounter.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatsCounter = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatsCounter total.
         * @member {number|Long} total
         * @memberof latency.StatsCounter
         * @instance
         */
        StatsCounter.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatsCounter perSecond.
         * @member {number} perSecond
         * @memberof latency.StatsCounter
         * @instance
         */
        StatsCounter.prototype.perSecond = 0;

        /**
         * Creates a new StatsCounter instance using the specified properties.
         * @function create
         * @memberof latency.StatsCounter
         * @static
         * @param {latency.StatsCounter.$Properties=} [properties] Properties to set
         * @returns {latency.StatsCounter} StatsCounter instance
         * @type {{
         *   (properties: latency.StatsCounter.$Shape): latency.StatsCounter & latency.StatsCounter.$Shape;
         *   (properties?: latency.StatsCounter.$Properties): latency.StatsCounter;
         * }}
         */
        StatsCounter.create = function(properties) {
            return new StatsCounter(properties);
        };

        /**
         * Encodes the specified StatsCounter message. Does not implicitly {@link latency.StatsCounter.verify|verify} messages.
         * @function encode
         * @memberof latency.StatsCounter
         * @static
         * @param {latency.StatsCounter.$Properties} message StatsCounter message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatsCounter.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.total);
            if (message.perSecond != null && $Object.hasOwnProperty.call(message, "perSecond") && !$Object.is(message.perSecond, 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.perSecond);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified StatsCounter message, length delimited. Does not implicitly {@link latency.StatsCounter.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.StatsCounter
         * @static
         * @param {latency.StatsCounter.$Properties} message StatsCounter message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatsCounter.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatsCounter message from the specified reader or buffer.
         * @function decode
         * @memberof latency.StatsCounter
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.StatsCounter & latency.StatsCounter.$Shape} StatsCounter
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatsCounter.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.StatsCounter();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.total = value;
                        else
                            delete message.total;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.perSecond = value;
                        else
                            delete message.perSecond;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a StatsCounter message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.StatsCounter
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.StatsCounter & latency.StatsCounter.$Shape} StatsCounter
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatsCounter.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatsCounter message.
         * @function verify
         * @memberof latency.StatsCounter
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatsCounter.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                if (!$util.isInteger(message.total) && !(message.total && $util.isInteger(message.total.low) && $util.isInteger(message.total.high)))
                    return "total: integer|Long expected";
            if (message.perSecond != null && $Object.hasOwnProperty.call(message, "perSecond"))
                if (typeof message.perSecond !== "number")
                    return "perSecond: number expected";
            return null;
        };

        /**
         * Creates a StatsCounter message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.StatsCounter
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.StatsCounter} StatsCounter
         */
        StatsCounter.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.StatsCounter)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.StatsCounter: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.StatsCounter();
            if (object.total != null)
                if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                    if ($util.Long)
                        message.total = $util.Long.fromValue(object.total, true);
                    else if (typeof object.total === "string")
                        message.total = $parseInt(object.total, 10);
                    else if (typeof object.total === "number")
                        message.total = object.total;
                    else if (typeof object.total === "object")
                        message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
            if (object.perSecond != null)
                if (!$Object.is($Number(object.perSecond), 0))
                    message.perSecond = $Number(object.perSecond);
            return message;
        };

        /**
         * Creates a plain object from a StatsCounter message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.StatsCounter
         * @static
         * @param {latency.StatsCounter} message StatsCounter
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatsCounter.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.perSecond = 0;
            }
            if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                else if (typeof message.total === "number")
                    object.total = options.longs === $String ? $String(message.total) : message.total;
                else
                    object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
            if (message.perSecond != null && $Object.hasOwnProperty.call(message, "perSecond"))
                object.perSecond = options.json && !$isFinite(message.perSecond) ? $String(message.perSecond) : message.perSecond;
            return object;
        };

        /**
         * Converts this StatsCounter to JSON.
         * @function toJSON
         * @memberof latency.StatsCounter
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatsCounter.prototype.toJSON = function() {
            return StatsCounter.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatsCounter
         * @function getTypeUrl
         * @memberof latency.StatsCounter
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatsCounter.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.StatsCounter";
        };

        return StatsCounter;
    })();

    latency.ServerStats = (function() {

        /**
         * Properties of a ServerStats.
         * @typedef {Object} latency.ServerStats.$Properties
         * @property {string|null} [nodeId] ServerStats nodeId
         * @property {string|null} [version] ServerStats version
         * @property {number|Long|null} [serverTime] ServerStats serverTime
         * @property {number|Long|null} [seq] ServerStats seq
         * @property {number|null} [intervalS] ServerStats intervalS
         * @property {number|null} [uptimeS] ServerStats uptimeS
         * @property {number|null} [cpuPercent] ServerStats cpuPercent
         * @property {number|null} [cpuCores] ServerStats cpuCores
         * @property {number|Long|null} [rssBytes] ServerStats rssBytes
         * @property {number|Long|null} [heapUsedBytes] ServerStats heapUsedBytes
         * @property {number|Long|null} [heapTotalBytes] ServerStats heapTotalBytes
         * @property {number|null} [loopDelayP50Ms] ServerStats loopDelayP50Ms
         * @property {number|null} [loopDelayP99Ms] ServerStats loopDelayP99Ms
         * @property {number|null} [loopDelayMaxMs] ServerStats loopDelayMaxMs
         * @property {number|null} [wsConnections] ServerStats wsConnections
         * @property {number|null} [viewers] ServerStats viewers
         * @property {number|null} [statsSubscribers] ServerStats statsSubscribers
         * @property {number|null} [httpConnections] ServerStats httpConnections
         * @property {number|null} [targets] ServerStats targets
         * @property {number|null} [ownedTargets] ServerStats ownedTargets
         * @property {number|null} [targetsAtLimit] ServerStats targetsAtLimit
         * @property {number|Long|null} [series] ServerStats series
         * @property {latency.StatsCounter.$Properties|null} [eventsAccepted] ServerStats eventsAccepted
         * @property {Object.<string,latency.StatsCounter.$Properties>|null} [eventsRefused] ServerStats eventsRefused
         * @property {latency.StatsCounter.$Properties|null} [batches] ServerStats batches
         * @property {latency.StatsCounter.$Properties|null} [batchesSkipped] ServerStats batchesSkipped
         * @property {latency.StatsCounter.$Properties|null} [resyncs] ServerStats resyncs
         * @property {latency.StatsCounter.$Properties|null} [framesSent] ServerStats framesSent
         * @property {latency.StatsCounter.$Properties|null} [bytesSent] ServerStats bytesSent
         * @property {latency.StatsCounter.$Properties|null} [slowDisconnects] ServerStats slowDisconnects
         * @property {string|null} [historyState] ServerStats historyState
         * @property {string|null} [historyReason] ServerStats historyReason
         * @property {number|null} [historyPendingSeconds] ServerStats historyPendingSeconds
         * @property {number|Long|null} [historyPendingRows] ServerStats historyPendingRows
         * @property {latency.StatsCounter.$Properties|null} [historyDroppedSeconds] ServerStats historyDroppedSeconds
         * @property {latency.StatsCounter.$Properties|null} [historyWriteFailures] ServerStats historyWriteFailures
         * @property {string|null} [walState] ServerStats walState
         * @property {number|Long|null} [walBytes] ServerStats walBytes
         * @property {number|null} [walUnsyncedS] ServerStats walUnsyncedS
         * @property {latency.StatsCounter.$Properties|null} [walEventsUnlogged] ServerStats walEventsUnlogged
         * @property {number|null} [alertsFiring] ServerStats alertsFiring
         * @property {number|null} [webhooksInFlight] ServerStats webhooksInFlight
         * @property {number|null} [webhooksQueued] ServerStats webhooksQueued
         * @property {latency.StatsCounter.$Properties|null} [webhooksDropped] ServerStats webhooksDropped
         * @property {latency.StatsCounter.$Properties|null} [webhooksFailed] ServerStats webhooksFailed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerStats.
         * @memberof latency
         * @interface IServerStats
         * @augments latency.ServerStats.$Properties
         * @deprecated Use latency.ServerStats.$Properties instead.
         */

        /**
         * Shape of a ServerStats.
         * @typedef {latency.ServerStats.$Properties} latency.ServerStats.$Shape
         */

        /**
         * Constructs a new ServerStats.
         * @memberof latency
         * @classdesc Represents a ServerStats.
         * @constructor
         * @param {latency.ServerStats.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerStats = function (properties) {
            this.eventsRefused = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerStats nodeId.
         * @member {string} nodeId
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.nodeId = "";

        /**
         * ServerStats version.
         * @member {string} version
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.version = "";

        /**
         * ServerStats serverTime.
         * @member {number|Long} serverTime
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ServerStats seq.
         * @member {number|Long} seq
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats intervalS.
         * @member {number} intervalS
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.intervalS = 0;

        /**
         * ServerStats uptimeS.
         * @member {number} uptimeS
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.uptimeS = 0;

        /**
         * ServerStats cpuPercent.
         * @member {number} cpuPercent
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.cpuPercent = 0;

        /**
         * ServerStats cpuCores.
         * @member {number} cpuCores
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.cpuCores = 0;

        /**
         * ServerStats rssBytes.
         * @member {number|Long} rssBytes
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats heapUsedBytes.
         * @member {number|Long} heapUsedBytes
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.heapUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats heapTotalBytes.
         * @member {number|Long} heapTotalBytes
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.heapTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats loopDelayP50Ms.
         * @member {number} loopDelayP50Ms
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.loopDelayP50Ms = 0;

        /**
         * ServerStats loopDelayP99Ms.
         * @member {number} loopDelayP99Ms
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.loopDelayP99Ms = 0;

        /**
         * ServerStats loopDelayMaxMs.
         * @member {number} loopDelayMaxMs
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.loopDelayMaxMs = 0;

        /**
         * ServerStats wsConnections.
         * @member {number} wsConnections
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.wsConnections = 0;

        /**
         * ServerStats viewers.
         * @member {number} viewers
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.viewers = 0;

        /**
         * ServerStats statsSubscribers.
         * @member {number} statsSubscribers
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.statsSubscribers = 0;

        /**
         * ServerStats httpConnections.
         * @member {number} httpConnections
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.httpConnections = 0;

        /**
         * ServerStats targets.
         * @member {number} targets
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.targets = 0;

        /**
         * ServerStats ownedTargets.
         * @member {number} ownedTargets
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.ownedTargets = 0;

        /**
         * ServerStats targetsAtLimit.
         * @member {number} targetsAtLimit
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.targetsAtLimit = 0;

        /**
         * ServerStats series.
         * @member {number|Long} series
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.series = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats eventsAccepted.
         * @member {latency.StatsCounter.$Properties|null|undefined} eventsAccepted
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.eventsAccepted = null;

        /**
         * ServerStats eventsRefused.
         * @member {Object.<string,latency.StatsCounter.$Properties>} eventsRefused
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.eventsRefused = $util.emptyObject;

        /**
         * ServerStats batches.
         * @member {latency.StatsCounter.$Properties|null|undefined} batches
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.batches = null;

        /**
         * ServerStats batchesSkipped.
         * @member {latency.StatsCounter.$Properties|null|undefined} batchesSkipped
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.batchesSkipped = null;

        /**
         * ServerStats resyncs.
         * @member {latency.StatsCounter.$Properties|null|undefined} resyncs
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.resyncs = null;

        /**
         * ServerStats framesSent.
         * @member {latency.StatsCounter.$Properties|null|undefined} framesSent
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.framesSent = null;

        /**
         * ServerStats bytesSent.
         * @member {latency.StatsCounter.$Properties|null|undefined} bytesSent
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.bytesSent = null;

        /**
         * ServerStats slowDisconnects.
         * @member {latency.StatsCounter.$Properties|null|undefined} slowDisconnects
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.slowDisconnects = null;

        /**
         * ServerStats historyState.
         * @member {string} historyState
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.historyState = "";

        /**
         * ServerStats historyReason.
         * @member {string} historyReason
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.historyReason = "";

        /**
         * ServerStats historyPendingSeconds.
         * @member {number} historyPendingSeconds
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.historyPendingSeconds = 0;

        /**
         * ServerStats historyPendingRows.
         * @member {number|Long} historyPendingRows
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.historyPendingRows = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats historyDroppedSeconds.
         * @member {latency.StatsCounter.$Properties|null|undefined} historyDroppedSeconds
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.historyDroppedSeconds = null;

        /**
         * ServerStats historyWriteFailures.
         * @member {latency.StatsCounter.$Properties|null|undefined} historyWriteFailures
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.historyWriteFailures = null;

        /**
         * ServerStats walState.
         * @member {string} walState
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.walState = "";

        /**
         * ServerStats walBytes.
         * @member {number|Long} walBytes
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.walBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerStats walUnsyncedS.
         * @member {number} walUnsyncedS
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.walUnsyncedS = 0;

        /**
         * ServerStats walEventsUnlogged.
         * @member {latency.StatsCounter.$Properties|null|undefined} walEventsUnlogged
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.walEventsUnlogged = null;

        /**
         * ServerStats alertsFiring.
         * @member {number} alertsFiring
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.alertsFiring = 0;

        /**
         * ServerStats webhooksInFlight.
         * @member {number} webhooksInFlight
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.webhooksInFlight = 0;

        /**
         * ServerStats webhooksQueued.
         * @member {number} webhooksQueued
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.webhooksQueued = 0;

        /**
         * ServerStats webhooksDropped.
         * @member {latency.StatsCounter.$Properties|null|undefined} webhooksDropped
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.webhooksDropped = null;

        /**
         * ServerStats webhooksFailed.
         * @member {latency.StatsCounter.$Properties|null|undefined} webhooksFailed
         * @memberof latency.ServerStats
         * @instance
         */
        ServerStats.prototype.webhooksFailed = null;

        /**
         * Creates a new ServerStats instance using the specified properties.
         * @function create
         * @memberof latency.ServerStats
         * @static
         * @param {latency.ServerStats.$Properties=} [properties] Properties to set
         * @returns {latency.ServerStats} ServerStats instance
         * @type {{
         *   (properties: latency.ServerStats.$Shape): latency.ServerStats & latency.ServerStats.$Shape;
         *   (properties?: latency.ServerStats.$Properties): latency.ServerStats;
         * }}
         */
        ServerStats.create = function(properties) {
            return new ServerStats(properties);
        };

        /**
         * Encodes the specified ServerStats message. Does not implicitly {@link latency.ServerStats.verify|verify} messages.
         * @function encode
         * @memberof latency.ServerStats
         * @static
         * @param {latency.ServerStats.$Properties} message ServerStats message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerStats.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.serverTime);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
            if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && !$Object.is(message.intervalS, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.intervalS);
            if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && !$Object.is(message.uptimeS, 0))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.uptimeS);
            if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.cpuPercent);
            if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores") && message.cpuCores !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.cpuCores);
            if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.rssBytes);
            if (message.heapUsedBytes != null && $Object.hasOwnProperty.call(message, "heapUsedBytes") && (typeof message.heapUsedBytes === "object" ? message.heapUsedBytes.low || message.heapUsedBytes.high : message.heapUsedBytes !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.heapUsedBytes);
            if (message.heapTotalBytes != null && $Object.hasOwnProperty.call(message, "heapTotalBytes") && (typeof message.heapTotalBytes === "object" ? message.heapTotalBytes.low || message.heapTotalBytes.high : message.heapTotalBytes !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.heapTotalBytes);
            if (message.loopDelayP50Ms != null && $Object.hasOwnProperty.call(message, "loopDelayP50Ms") && !$Object.is(message.loopDelayP50Ms, 0))
                writer.uint32(/* id 12, wireType 1 =*/97).double(message.loopDelayP50Ms);
            if (message.loopDelayP99Ms != null && $Object.hasOwnProperty.call(message, "loopDelayP99Ms") && !$Object.is(message.loopDelayP99Ms, 0))
                writer.uint32(/* id 13, wireType 1 =*/105).double(message.loopDelayP99Ms);
            if (message.loopDelayMaxMs != null && $Object.hasOwnProperty.call(message, "loopDelayMaxMs") && !$Object.is(message.loopDelayMaxMs, 0))
                writer.uint32(/* id 14, wireType 1 =*/113).double(message.loopDelayMaxMs);
            if (message.wsConnections != null && $Object.hasOwnProperty.call(message, "wsConnections") && message.wsConnections !== 0)
                writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.wsConnections);
            if (message.viewers != null && $Object.hasOwnProperty.call(message, "viewers") && message.viewers !== 0)
                writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.viewers);
            if (message.statsSubscribers != null && $Object.hasOwnProperty.call(message, "statsSubscribers") && message.statsSubscribers !== 0)
                writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.statsSubscribers);
            if (message.httpConnections != null && $Object.hasOwnProperty.call(message, "httpConnections") && message.httpConnections !== 0)
                writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.httpConnections);
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets") && message.targets !== 0)
                writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.targets);
            if (message.ownedTargets != null && $Object.hasOwnProperty.call(message, "ownedTargets") && message.ownedTargets !== 0)
                writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.ownedTargets);
            if (message.targetsAtLimit != null && $Object.hasOwnProperty.call(message, "targetsAtLimit") && message.targetsAtLimit !== 0)
                writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.targetsAtLimit);
            if (message.series != null && $Object.hasOwnProperty.call(message, "series") && (typeof message.series === "object" ? message.series.low || message.series.high : message.series !== 0))
                writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.series);
            if (message.eventsAccepted != null && $Object.hasOwnProperty.call(message, "eventsAccepted"))
                $root.latency.StatsCounter.encode(message.eventsAccepted, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.eventsRefused != null && $Object.hasOwnProperty.call(message, "eventsRefused"))
                for (let keys = $Object.keys(message.eventsRefused), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 24, wireType 2 =*/194).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.latency.StatsCounter.encode(message.eventsRefused[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.batches != null && $Object.hasOwnProperty.call(message, "batches"))
                $root.latency.StatsCounter.encode(message.batches, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.batchesSkipped != null && $Object.hasOwnProperty.call(message, "batchesSkipped"))
                $root.latency.StatsCounter.encode(message.batchesSkipped, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.resyncs != null && $Object.hasOwnProperty.call(message, "resyncs"))
                $root.latency.StatsCounter.encode(message.resyncs, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
            if (message.framesSent != null && $Object.hasOwnProperty.call(message, "framesSent"))
                $root.latency.StatsCounter.encode(message.framesSent, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                $root.latency.StatsCounter.encode(message.bytesSent, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
            if (message.slowDisconnects != null && $Object.hasOwnProperty.call(message, "slowDisconnects"))
                $root.latency.StatsCounter.encode(message.slowDisconnects, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.historyState != null && $Object.hasOwnProperty.call(message, "historyState") && message.historyState !== "")
                writer.uint32(/* id 31, wireType 2 =*/250).string(message.historyState);
            if (message.historyReason != null && $Object.hasOwnProperty.call(message, "historyReason") && message.historyReason !== "")
                writer.uint32(/* id 32, wireType 2 =*/258).string(message.historyReason);
            if (message.historyPendingSeconds != null && $Object.hasOwnProperty.call(message, "historyPendingSeconds") && message.historyPendingSeconds !== 0)
                writer.uint32(/* id 33, wireType 0 =*/264).uint32(message.historyPendingSeconds);
            if (message.historyPendingRows != null && $Object.hasOwnProperty.call(message, "historyPendingRows") && (typeof message.historyPendingRows === "object" ? message.historyPendingRows.low || message.historyPendingRows.high : message.historyPendingRows !== 0))
                writer.uint32(/* id 34, wireType 0 =*/272).uint64(message.historyPendingRows);
            if (message.historyDroppedSeconds != null && $Object.hasOwnProperty.call(message, "historyDroppedSeconds"))
                $root.latency.StatsCounter.encode(message.historyDroppedSeconds, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
            if (message.historyWriteFailures != null && $Object.hasOwnProperty.call(message, "historyWriteFailures"))
                $root.latency.StatsCounter.encode(message.historyWriteFailures, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
            if (message.walState != null && $Object.hasOwnProperty.call(message, "walState") && message.walState !== "")
                writer.uint32(/* id 37, wireType 2 =*/298).string(message.walState);
            if (message.walBytes != null && $Object.hasOwnProperty.call(message, "walBytes") && (typeof message.walBytes === "object" ? message.walBytes.low || message.walBytes.high : message.walBytes !== 0))
                writer.uint32(/* id 38, wireType 0 =*/304).uint64(message.walBytes);
            if (message.walUnsyncedS != null && $Object.hasOwnProperty.call(message, "walUnsyncedS") && !$Object.is(message.walUnsyncedS, 0))
                writer.uint32(/* id 39, wireType 1 =*/313).double(message.walUnsyncedS);
            if (message.walEventsUnlogged != null && $Object.hasOwnProperty.call(message, "walEventsUnlogged"))
                $root.latency.StatsCounter.encode(message.walEventsUnlogged, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
            if (message.alertsFiring != null && $Object.hasOwnProperty.call(message, "alertsFiring") && message.alertsFiring !== 0)
                writer.uint32(/* id 41, wireType 0 =*/328).uint32(message.alertsFiring);
            if (message.webhooksInFlight != null && $Object.hasOwnProperty.call(message, "webhooksInFlight") && message.webhooksInFlight !== 0)
                writer.uint32(/* id 42, wireType 0 =*/336).uint32(message.webhooksInFlight);
            if (message.webhooksQueued != null && $Object.hasOwnProperty.call(message, "webhooksQueued") && message.webhooksQueued !== 0)
                writer.uint32(/* id 43, wireType 0 =*/344).uint32(message.webhooksQueued);
            if (message.webhooksDropped != null && $Object.hasOwnProperty.call(message, "webhooksDropped"))
                $root.latency.StatsCounter.encode(message.webhooksDropped, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
            if (message.webhooksFailed != null && $Object.hasOwnProperty.call(message, "webhooksFailed"))
                $root.latency.StatsCounter.encode(message.webhooksFailed, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerStats message, length delimited. Does not implicitly {@link latency.ServerStats.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.ServerStats
         * @static
         * @param {latency.ServerStats.$Properties} message ServerStats message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerStats.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerStats message from the specified reader or buffer.
         * @function decode
         * @memberof latency.ServerStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.ServerStats & latency.ServerStats.$Shape} ServerStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerStats.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.ServerStats();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.intervalS = value;
                        else
                            delete message.intervalS;
                        continue;
                    }
                case 6: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.uptimeS = value;
                        else
                            delete message.uptimeS;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.cpuPercent = value;
                        else
                            delete message.cpuPercent;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.cpuCores = value;
                        else
                            delete message.cpuCores;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.rssBytes = value;
                        else
                            delete message.rssBytes;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.heapUsedBytes = value;
                        else
                            delete message.heapUsedBytes;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.heapTotalBytes = value;
                        else
                            delete message.heapTotalBytes;
                        continue;
                    }
                case 12: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.loopDelayP50Ms = value;
                        else
                            delete message.loopDelayP50Ms;
                        continue;
                    }
                case 13: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.loopDelayP99Ms = value;
                        else
                            delete message.loopDelayP99Ms;
                        continue;
                    }
                case 14: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.loopDelayMaxMs = value;
                        else
                            delete message.loopDelayMaxMs;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.wsConnections = value;
                        else
                            delete message.wsConnections;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.viewers = value;
                        else
                            delete message.viewers;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.statsSubscribers = value;
                        else
                            delete message.statsSubscribers;
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.httpConnections = value;
                        else
                            delete message.httpConnections;
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.targets = value;
                        else
                            delete message.targets;
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.ownedTargets = value;
                        else
                            delete message.ownedTargets;
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.targetsAtLimit = value;
                        else
                            delete message.targetsAtLimit;
                        continue;
                    }
                case 22: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.series = value;
                        else
                            delete message.series;
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.eventsAccepted = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.eventsAccepted);
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        if (message.eventsRefused === $util.emptyObject)
                            message.eventsRefused = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.eventsRefused, key);
                        message.eventsRefused[key] = value || new $root.latency.StatsCounter();
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        message.batches = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.batches);
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        message.batchesSkipped = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.batchesSkipped);
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        message.resyncs = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.resyncs);
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        message.framesSent = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.framesSent);
                        continue;
                    }
                case 29: {
                        if (wireType !== 2)
                            break;
                        message.bytesSent = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.bytesSent);
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.slowDisconnects = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.slowDisconnects);
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.historyState = value;
                        else
                            delete message.historyState;
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.historyReason = value;
                        else
                            delete message.historyReason;
                        continue;
                    }
                case 33: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.historyPendingSeconds = value;
                        else
                            delete message.historyPendingSeconds;
                        continue;
                    }
                case 34: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.historyPendingRows = value;
                        else
                            delete message.historyPendingRows;
                        continue;
                    }
                case 35: {
                        if (wireType !== 2)
                            break;
                        message.historyDroppedSeconds = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.historyDroppedSeconds);
                        continue;
                    }
                case 36: {
                        if (wireType !== 2)
                            break;
                        message.historyWriteFailures = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.historyWriteFailures);
                        continue;
                    }
                case 37: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.walState = value;
                        else
                            delete message.walState;
                        continue;
                    }
                case 38: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.walBytes = value;
                        else
                            delete message.walBytes;
                        continue;
                    }
                case 39: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.walUnsyncedS = value;
                        else
                            delete message.walUnsyncedS;
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.walEventsUnlogged = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.walEventsUnlogged);
                        continue;
                    }
                case 41: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.alertsFiring = value;
                        else
                            delete message.alertsFiring;
                        continue;
                    }
                case 42: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.webhooksInFlight = value;
                        else
                            delete message.webhooksInFlight;
                        continue;
                    }
                case 43: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.webhooksQueued = value;
                        else
                            delete message.webhooksQueued;
                        continue;
                    }
                case 44: {
                        if (wireType !== 2)
                            break;
                        message.webhooksDropped = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.webhooksDropped);
                        continue;
                    }
                case 45: {
                        if (wireType !== 2)
                            break;
                        message.webhooksFailed = $root.latency.StatsCounter.decode(reader, reader.size(), $undefined, _depth + 1, message.webhooksFailed);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ServerStats message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.ServerStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.ServerStats & latency.ServerStats.$Shape} ServerStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerStats.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ServerStats message.
         * @function verify
         * @memberof latency.ServerStats
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerStats.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                if (!$util.isString(message.nodeId))
                    return "nodeId: string expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (!$util.isInteger(message.serverTime) && !(message.serverTime && $util.isInteger(message.serverTime.low) && $util.isInteger(message.serverTime.high)))
                    return "serverTime: integer|Long expected";
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                    return "seq: integer|Long expected";
            if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                if (typeof message.intervalS !== "number")
                    return "intervalS: number expected";
            if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                if (typeof message.uptimeS !== "number")
                    return "uptimeS: number expected";
            if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                if (typeof message.cpuPercent !== "number")
                    return "cpuPercent: number expected";
            if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores"))
                if (!$util.isInteger(message.cpuCores))
                    return "cpuCores: integer expected";
            if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                if (!$util.isInteger(message.rssBytes) && !(message.rssBytes && $util.isInteger(message.rssBytes.low) && $util.isInteger(message.rssBytes.high)))
                    return "rssBytes: integer|Long expected";
            if (message.heapUsedBytes != null && $Object.hasOwnProperty.call(message, "heapUsedBytes"))
                if (!$util.isInteger(message.heapUsedBytes) && !(message.heapUsedBytes && $util.isInteger(message.heapUsedBytes.low) && $util.isInteger(message.heapUsedBytes.high)))
                    return "heapUsedBytes: integer|Long expected";
            if (message.heapTotalBytes != null && $Object.hasOwnProperty.call(message, "heapTotalBytes"))
                if (!$util.isInteger(message.heapTotalBytes) && !(message.heapTotalBytes && $util.isInteger(message.heapTotalBytes.low) && $util.isInteger(message.heapTotalBytes.high)))
                    return "heapTotalBytes: integer|Long expected";
            if (message.loopDelayP50Ms != null && $Object.hasOwnProperty.call(message, "loopDelayP50Ms"))
                if (typeof message.loopDelayP50Ms !== "number")
                    return "loopDelayP50Ms: number expected";
            if (message.loopDelayP99Ms != null && $Object.hasOwnProperty.call(message, "loopDelayP99Ms"))
                if (typeof message.loopDelayP99Ms !== "number")
                    return "loopDelayP99Ms: number expected";
            if (message.loopDelayMaxMs != null && $Object.hasOwnProperty.call(message, "loopDelayMaxMs"))
                if (typeof message.loopDelayMaxMs !== "number")
                    return "loopDelayMaxMs: number expected";
            if (message.wsConnections != null && $Object.hasOwnProperty.call(message, "wsConnections"))
                if (!$util.isInteger(message.wsConnections))
                    return "wsConnections: integer expected";
            if (message.viewers != null && $Object.hasOwnProperty.call(message, "viewers"))
                if (!$util.isInteger(message.viewers))
                    return "viewers: integer expected";
            if (message.statsSubscribers != null && $Object.hasOwnProperty.call(message, "statsSubscribers"))
                if (!$util.isInteger(message.statsSubscribers))
                    return "statsSubscribers: integer expected";
            if (message.httpConnections != null && $Object.hasOwnProperty.call(message, "httpConnections"))
                if (!$util.isInteger(message.httpConnections))
                    return "httpConnections: integer expected";
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                if (!$util.isInteger(message.targets))
                    return "targets: integer expected";
            if (message.ownedTargets != null && $Object.hasOwnProperty.call(message, "ownedTargets"))
                if (!$util.isInteger(message.ownedTargets))
                    return "ownedTargets: integer expected";
            if (message.targetsAtLimit != null && $Object.hasOwnProperty.call(message, "targetsAtLimit"))
                if (!$util.isInteger(message.targetsAtLimit))
                    return "targetsAtLimit: integer expected";
            if (message.series != null && $Object.hasOwnProperty.call(message, "series"))
                if (!$util.isInteger(message.series) && !(message.series && $util.isInteger(message.series.low) && $util.isInteger(message.series.high)))
                    return "series: integer|Long expected";
            if (message.eventsAccepted != null && $Object.hasOwnProperty.call(message, "eventsAccepted")) {
                let error = $root.latency.StatsCounter.verify(message.eventsAccepted, _depth + 1);
                if (error)
                    return "eventsAccepted." + error;
            }
            if (message.eventsRefused != null && $Object.hasOwnProperty.call(message, "eventsRefused")) {
                if (!$util.isObject(message.eventsRefused))
                    return "eventsRefused: object expected";
                let key = $Object.keys(message.eventsRefused);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.latency.StatsCounter.verify(message.eventsRefused[key[i]], _depth + 1);
                    if (error)
                        return "eventsRefused." + error;
                }
            }
            if (message.batches != null && $Object.hasOwnProperty.call(message, "batches")) {
                let error = $root.latency.StatsCounter.verify(message.batches, _depth + 1);
                if (error)
                    return "batches." + error;
            }
            if (message.batchesSkipped != null && $Object.hasOwnProperty.call(message, "batchesSkipped")) {
                let error = $root.latency.StatsCounter.verify(message.batchesSkipped, _depth + 1);
                if (error)
                    return "batchesSkipped." + error;
            }
            if (message.resyncs != null && $Object.hasOwnProperty.call(message, "resyncs")) {
                let error = $root.latency.StatsCounter.verify(message.resyncs, _depth + 1);
                if (error)
                    return "resyncs." + error;
            }
            if (message.framesSent != null && $Object.hasOwnProperty.call(message, "framesSent")) {
                let error = $root.latency.StatsCounter.verify(message.framesSent, _depth + 1);
                if (error)
                    return "framesSent." + error;
            }
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent")) {
                let error = $root.latency.StatsCounter.verify(message.bytesSent, _depth + 1);
                if (error)
                    return "bytesSent." + error;
            }
            if (message.slowDisconnects != null && $Object.hasOwnProperty.call(message, "slowDisconnects")) {
                let error = $root.latency.StatsCounter.verify(message.slowDisconnects, _depth + 1);
                if (error)
                    return "slowDisconnects." + error;
            }
            if (message.historyState != null && $Object.hasOwnProperty.call(message, "historyState"))
                if (!$util.isString(message.historyState))
                    return "historyState: string expected";
            if (message.historyReason != null && $Object.hasOwnProperty.call(message, "historyReason"))
                if (!$util.isString(message.historyReason))
                    return "historyReason: string expected";
            if (message.historyPendingSeconds != null && $Object.hasOwnProperty.call(message, "historyPendingSeconds"))
                if (!$util.isInteger(message.historyPendingSeconds))
                    return "historyPendingSeconds: integer expected";
            if (message.historyPendingRows != null && $Object.hasOwnProperty.call(message, "historyPendingRows"))
                if (!$util.isInteger(message.historyPendingRows) && !(message.historyPendingRows && $util.isInteger(message.historyPendingRows.low) && $util.isInteger(message.historyPendingRows.high)))
                    return "historyPendingRows: integer|Long expected";
            if (message.historyDroppedSeconds != null && $Object.hasOwnProperty.call(message, "historyDroppedSeconds")) {
                let error = $root.latency.StatsCounter.verify(message.historyDroppedSeconds, _depth + 1);
                if (error)
                    return "historyDroppedSeconds." + error;
            }
            if (message.historyWriteFailures != null && $Object.hasOwnProperty.call(message, "historyWriteFailures")) {
                let error = $root.latency.StatsCounter.verify(message.historyWriteFailures, _depth + 1);
                if (error)
                    return "historyWriteFailures." + error;
            }
            if (message.walState != null && $Object.hasOwnProperty.call(message, "walState"))
                if (!$util.isString(message.walState))
                    return "walState: string expected";
            if (message.walBytes != null && $Object.hasOwnProperty.call(message, "walBytes"))
                if (!$util.isInteger(message.walBytes) && !(message.walBytes && $util.isInteger(message.walBytes.low) && $util.isInteger(message.walBytes.high)))
                    return "walBytes: integer|Long expected";
            if (message.walUnsyncedS != null && $Object.hasOwnProperty.call(message, "walUnsyncedS"))
                if (typeof message.walUnsyncedS !== "number")
                    return "walUnsyncedS: number expected";
            if (message.walEventsUnlogged != null && $Object.hasOwnProperty.call(message, "walEventsUnlogged")) {
                let error = $root.latency.StatsCounter.verify(message.walEventsUnlogged, _depth + 1);
                if (error)
                    return "walEventsUnlogged." + error;
            }
            if (message.alertsFiring != null && $Object.hasOwnProperty.call(message, "alertsFiring"))
                if (!$util.isInteger(message.alertsFiring))
                    return "alertsFiring: integer expected";
            if (message.webhooksInFlight != null && $Object.hasOwnProperty.call(message, "webhooksInFlight"))
                if (!$util.isInteger(message.webhooksInFlight))
                    return "webhooksInFlight: integer expected";
            if (message.webhooksQueued != null && $Object.hasOwnProperty.call(message, "webhooksQueued"))
                if (!$util.isInteger(message.webhooksQueued))
                    return "webhooksQueued: integer expected";
            if (message.webhooksDropped != null && $Object.hasOwnProperty.call(message, "webhooksDropped")) {
                let error = $root.latency.StatsCounter.verify(message.webhooksDropped, _depth + 1);
                if (error)
                    return "webhooksDropped." + error;
            }
            if (message.webhooksFailed != null && $Object.hasOwnProperty.call(message, "webhooksFailed")) {
                let error = $root.latency.StatsCounter.verify(message.webhooksFailed, _depth + 1);
                if (error)
                    return "webhooksFailed." + error;
            }
            return null;
        };

        /**
         * Creates a ServerStats message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.ServerStats
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.ServerStats} ServerStats
         */
        ServerStats.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.ServerStats)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.ServerStats: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.ServerStats();
            if (object.nodeId != null)
                if (typeof object.nodeId !== "string" || object.nodeId.length)
                    message.nodeId = $String(object.nodeId);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            if (object.serverTime != null)
                if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                    if ($util.Long)
                        message.serverTime = $util.Long.fromValue(object.serverTime, false);
                    else if (typeof object.serverTime === "string")
                        message.serverTime = $parseInt(object.serverTime, 10);
                    else if (typeof object.serverTime === "number")
                        message.serverTime = object.serverTime;
                    else if (typeof object.serverTime === "object")
                        message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber();
            if (object.seq != null)
                if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = $parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
            if (object.intervalS != null)
                if (!$Object.is($Number(object.intervalS), 0))
                    message.intervalS = $Number(object.intervalS);
            if (object.uptimeS != null)
                if (!$Object.is($Number(object.uptimeS), 0))
                    message.uptimeS = $Number(object.uptimeS);
            if (object.cpuPercent != null)
                if (!$Object.is($Number(object.cpuPercent), 0))
                    message.cpuPercent = $Number(object.cpuPercent);
            if (object.cpuCores != null)
                if ($Number(object.cpuCores) !== 0)
                    message.cpuCores = object.cpuCores >>> 0;
            if (object.rssBytes != null)
                if (typeof object.rssBytes === "object" ? object.rssBytes.low || object.rssBytes.high : $Number(object.rssBytes) !== 0)
                    if ($util.Long)
                        message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                    else if (typeof object.rssBytes === "string")
                        message.rssBytes = $parseInt(object.rssBytes, 10);
                    else if (typeof object.rssBytes === "number")
                        message.rssBytes = object.rssBytes;
                    else if (typeof object.rssBytes === "object")
                        message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
            if (object.heapUsedBytes != null)
                if (typeof object.heapUsedBytes === "object" ? object.heapUsedBytes.low || object.heapUsedBytes.high : $Number(object.heapUsedBytes) !== 0)
                    if ($util.Long)
                        message.heapUsedBytes = $util.Long.fromValue(object.heapUsedBytes, true);
                    else if (typeof object.heapUsedBytes === "string")
                        message.heapUsedBytes = $parseInt(object.heapUsedBytes, 10);
                    else if (typeof object.heapUsedBytes === "number")
                        message.heapUsedBytes = object.heapUsedBytes;
                    else if (typeof object.heapUsedBytes === "object")
                        message.heapUsedBytes = new $util.LongBits(object.heapUsedBytes.low >>> 0, object.heapUsedBytes.high >>> 0).toNumber(true);
            if (object.heapTotalBytes != null)
                if (typeof object.heapTotalBytes === "object" ? object.heapTotalBytes.low || object.heapTotalBytes.high : $Number(object.heapTotalBytes) !== 0)
                    if ($util.Long)
                        message.heapTotalBytes = $util.Long.fromValue(object.heapTotalBytes, true);
                    else if (typeof object.heapTotalBytes === "string")
                        message.heapTotalBytes = $parseInt(object.heapTotalBytes, 10);
                    else if (typeof object.heapTotalBytes === "number")
                        message.heapTotalBytes = object.heapTotalBytes;
                    else if (typeof object.heapTotalBytes === "object")
                        message.heapTotalBytes = new $util.LongBits(object.heapTotalBytes.low >>> 0, object.heapTotalBytes.high >>> 0).toNumber(true);
            if (object.loopDelayP50Ms != null)
                if (!$Object.is($Number(object.loopDelayP50Ms), 0))
                    message.loopDelayP50Ms = $Number(object.loopDelayP50Ms);
            if (object.loopDelayP99Ms != null)
                if (!$Object.is($Number(object.loopDelayP99Ms), 0))
                    message.loopDelayP99Ms = $Number(object.loopDelayP99Ms);
            if (object.loopDelayMaxMs != null)
                if (!$Object.is($Number(object.loopDelayMaxMs), 0))
                    message.loopDelayMaxMs = $Number(object.loopDelayMaxMs);
            if (object.wsConnections != null)
                if ($Number(object.wsConnections) !== 0)
                    message.wsConnections = object.wsConnections >>> 0;
            if (object.viewers != null)
                if ($Number(object.viewers) !== 0)
                    message.viewers = object.viewers >>> 0;
            if (object.statsSubscribers != null)
                if ($Number(object.statsSubscribers) !== 0)
                    message.statsSubscribers = object.statsSubscribers >>> 0;
            if (object.httpConnections != null)
                if ($Number(object.httpConnections) !== 0)
                    message.httpConnections = object.httpConnections >>> 0;
            if (object.targets != null)
                if ($Number(object.targets) !== 0)
                    message.targets = object.targets >>> 0;
            if (object.ownedTargets != null)
                if ($Number(object.ownedTargets) !== 0)
                    message.ownedTargets = object.ownedTargets >>> 0;
            if (object.targetsAtLimit != null)
                if ($Number(object.targetsAtLimit) !== 0)
                    message.targetsAtLimit = object.targetsAtLimit >>> 0;
            if (object.series != null)
                if (typeof object.series === "object" ? object.series.low || object.series.high : $Number(object.series) !== 0)
                    if ($util.Long)
                        message.series = $util.Long.fromValue(object.series, true);
                    else if (typeof object.series === "string")
                        message.series = $parseInt(object.series, 10);
                    else if (typeof object.series === "number")
                        message.series = object.series;
                    else if (typeof object.series === "object")
                        message.series = new $util.LongBits(object.series.low >>> 0, object.series.high >>> 0).toNumber(true);
            if (object.eventsAccepted != null) {
                if (!$util.isObject(object.eventsAccepted))
                    throw $TypeError(".latency.ServerStats.eventsAccepted: object expected");
                message.eventsAccepted = $root.latency.StatsCounter.fromObject(object.eventsAccepted, _depth + 1);
            }
            if (object.eventsRefused) {
                if (!$util.isObject(object.eventsRefused))
                    throw $TypeError(".latency.ServerStats.eventsRefused: object expected");
                message.eventsRefused = {};
                for (let keys = $Object.keys(object.eventsRefused), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.eventsRefused, keys[i]);
                    if (!$util.isObject(object.eventsRefused[keys[i]]))
                        throw $TypeError(".latency.ServerStats.eventsRefused: object expected");
                    message.eventsRefused[keys[i]] = $root.latency.StatsCounter.fromObject(object.eventsRefused[keys[i]], _depth + 1);
                }
            }
            if (object.batches != null) {
                if (!$util.isObject(object.batches))
                    throw $TypeError(".latency.ServerStats.batches: object expected");
                message.batches = $root.latency.StatsCounter.fromObject(object.batches, _depth + 1);
            }
            if (object.batchesSkipped != null) {
                if (!$util.isObject(object.batchesSkipped))
                    throw $TypeError(".latency.ServerStats.batchesSkipped: object expected");
                message.batchesSkipped = $root.latency.StatsCounter.fromObject(object.batchesSkipped, _depth + 1);
            }
            if (object.resyncs != null) {
                if (!$util.isObject(object.resyncs))
                    throw $TypeError(".latency.ServerStats.resyncs: object expected");
                message.resyncs = $root.latency.StatsCounter.fromObject(object.resyncs, _depth + 1);
            }
            if (object.framesSent != null) {
                if (!$util.isObject(object.framesSent))
                    throw $TypeError(".latency.ServerStats.framesSent: object expected");
                message.framesSent = $root.latency.StatsCounter.fromObject(object.framesSent, _depth + 1);
            }
            if (object.bytesSent != null) {
                if (!$util.isObject(object.bytesSent))
                    throw $TypeError(".latency.ServerStats.bytesSent: object expected");
                message.bytesSent = $root.latency.StatsCounter.fromObject(object.bytesSent, _depth + 1);
            }
            if (object.slowDisconnects != null) {
                if (!$util.isObject(object.slowDisconnects))
                    throw $TypeError(".latency.ServerStats.slowDisconnects: object expected");
                message.slowDisconnects = $root.latency.StatsCounter.fromObject(object.slowDisconnects, _depth + 1);
            }
            if (object.historyState != null)
                if (typeof object.historyState !== "string" || object.historyState.length)
                    message.historyState = $String(object.historyState);
            if (object.historyReason != null)
                if (typeof object.historyReason !== "string" || object.historyReason.length)
                    message.historyReason = $String(object.historyReason);
            if (object.historyPendingSeconds != null)
                if ($Number(object.historyPendingSeconds) !== 0)
                    message.historyPendingSeconds = object.historyPendingSeconds >>> 0;
            if (object.historyPendingRows != null)
                if (typeof object.historyPendingRows === "object" ? object.historyPendingRows.low || object.historyPendingRows.high : $Number(object.historyPendingRows) !== 0)
                    if ($util.Long)
                        message.historyPendingRows = $util.Long.fromValue(object.historyPendingRows, true);
                    else if (typeof object.historyPendingRows === "string")
                        message.historyPendingRows = $parseInt(object.historyPendingRows, 10);
                    else if (typeof object.historyPendingRows === "number")
                        message.historyPendingRows = object.historyPendingRows;
                    else if (typeof object.historyPendingRows === "object")
                        message.historyPendingRows = new $util.LongBits(object.historyPendingRows.low >>> 0, object.historyPendingRows.high >>> 0).toNumber(true);
            if (object.historyDroppedSeconds != null) {
                if (!$util.isObject(object.historyDroppedSeconds))
                    throw $TypeError(".latency.ServerStats.historyDroppedSeconds: object expected");
                message.historyDroppedSeconds = $root.latency.StatsCounter.fromObject(object.historyDroppedSeconds, _depth + 1);
            }
            if (object.historyWriteFailures != null) {
                if (!$util.isObject(object.historyWriteFailures))
                    throw $TypeError(".latency.ServerStats.historyWriteFailures: object expected");
                message.historyWriteFailures = $root.latency.StatsCounter.fromObject(object.historyWriteFailures, _depth + 1);
            }
            if (object.walState != null)
                if (typeof object.walState !== "string" || object.walState.length)
                    message.walState = $String(object.walState);
            if (object.walBytes != null)
                if (typeof object.walBytes === "object" ? object.walBytes.low || object.walBytes.high : $Number(object.walBytes) !== 0)
                    if ($util.Long)
                        message.walBytes = $util.Long.fromValue(object.walBytes, true);
                    else if (typeof object.walBytes === "string")
                        message.walBytes = $parseInt(object.walBytes, 10);
                    else if (typeof object.walBytes === "number")
                        message.walBytes = object.walBytes;
                    else if (typeof object.walBytes === "object")
                        message.walBytes = new $util.LongBits(object.walBytes.low >>> 0, object.walBytes.high >>> 0).toNumber(true);
            if (object.walUnsyncedS != null)
                if (!$Object.is($Number(object.walUnsyncedS), 0))
                    message.walUnsyncedS = $Number(object.walUnsyncedS);
            if (object.walEventsUnlogged != null) {
                if (!$util.isObject(object.walEventsUnlogged))
                    throw $TypeError(".latency.ServerStats.walEventsUnlogged: object expected");
                message.walEventsUnlogged = $root.latency.StatsCounter.fromObject(object.walEventsUnlogged, _depth + 1);
            }
            if (object.alertsFiring != null)
                if ($Number(object.alertsFiring) !== 0)
                    message.alertsFiring = object.alertsFiring >>> 0;
            if (object.webhooksInFlight != null)
                if ($Number(object.webhooksInFlight) !== 0)
                    message.webhooksInFlight = object.webhooksInFlight >>> 0;
            if (object.webhooksQueued != null)
                if ($Number(object.webhooksQueued) !== 0)
                    message.webhooksQueued = object.webhooksQueued >>> 0;
            if (object.webhooksDropped != null) {
                if (!$util.isObject(object.webhooksDropped))
                    throw $TypeError(".latency.ServerStats.webhooksDropped: object expected");
                message.webhooksDropped = $root.latency.StatsCounter.fromObject(object.webhooksDropped, _depth + 1);
            }
            if (object.webhooksFailed != null) {
                if (!$util.isObject(object.webhooksFailed))
                    throw $TypeError(".latency.ServerStats.webhooksFailed: object expected");
                message.webhooksFailed = $root.latency.StatsCounter.fromObject(object.webhooksFailed, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ServerStats message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.ServerStats
         * @static
         * @param {latency.ServerStats} message ServerStats
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerStats.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.eventsRefused = {};
            if (options.defaults) {
                object.nodeId = "";
                object.version = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.intervalS = 0;
                object.uptimeS = 0;
                object.cpuPercent = 0;
                object.cpuCores = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.rssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.rssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.heapUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.heapUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.heapTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.heapTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.loopDelayP50Ms = 0;
                object.loopDelayP99Ms = 0;
                object.loopDelayMaxMs = 0;
                object.wsConnections = 0;
                object.viewers = 0;
                object.statsSubscribers = 0;
                object.httpConnections = 0;
                object.targets = 0;
                object.ownedTargets = 0;
                object.targetsAtLimit = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.series = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.series = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.eventsAccepted = null;
                object.batches = null;
                object.batchesSkipped = null;
                object.resyncs = null;
                object.framesSent = null;
                object.bytesSent = null;
                object.slowDisconnects = null;
                object.historyState = "";
                object.historyReason = "";
                object.historyPendingSeconds = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.historyPendingRows = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.historyPendingRows = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.historyDroppedSeconds = null;
                object.historyWriteFailures = null;
                object.walState = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.walBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.walBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.walUnsyncedS = 0;
                object.walEventsUnlogged = null;
                object.alertsFiring = 0;
                object.webhooksInFlight = 0;
                object.webhooksQueued = 0;
                object.webhooksDropped = null;
                object.webhooksFailed = null;
            }
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, false).toBigInt();
                else if (typeof message.serverTime === "number")
                    object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                else
                    object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber() : message.serverTime;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                else if (typeof message.seq === "number")
                    object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                else
                    object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
            if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                object.intervalS = options.json && !$isFinite(message.intervalS) ? $String(message.intervalS) : message.intervalS;
            if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                object.uptimeS = options.json && !$isFinite(message.uptimeS) ? $String(message.uptimeS) : message.uptimeS;
            if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
            if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores"))
                object.cpuCores = message.cpuCores;
            if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.rssBytes = typeof message.rssBytes === "number" ? $BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                else if (typeof message.rssBytes === "number")
                    object.rssBytes = options.longs === $String ? $String(message.rssBytes) : message.rssBytes;
                else
                    object.rssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === $Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
            if (message.heapUsedBytes != null && $Object.hasOwnProperty.call(message, "heapUsedBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.heapUsedBytes = typeof message.heapUsedBytes === "number" ? $BigInt(message.heapUsedBytes) : $util.Long.fromBits(message.heapUsedBytes.low >>> 0, message.heapUsedBytes.high >>> 0, true).toBigInt();
                else if (typeof message.heapUsedBytes === "number")
                    object.heapUsedBytes = options.longs === $String ? $String(message.heapUsedBytes) : message.heapUsedBytes;
                else
                    object.heapUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.heapUsedBytes) : options.longs === $Number ? new $util.LongBits(message.heapUsedBytes.low >>> 0, message.heapUsedBytes.high >>> 0).toNumber(true) : message.heapUsedBytes;
            if (message.heapTotalBytes != null && $Object.hasOwnProperty.call(message, "heapTotalBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.heapTotalBytes = typeof message.heapTotalBytes === "number" ? $BigInt(message.heapTotalBytes) : $util.Long.fromBits(message.heapTotalBytes.low >>> 0, message.heapTotalBytes.high >>> 0, true).toBigInt();
                else if (typeof message.heapTotalBytes === "number")
                    object.heapTotalBytes = options.longs === $String ? $String(message.heapTotalBytes) : message.heapTotalBytes;
                else
                    object.heapTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.heapTotalBytes) : options.longs === $Number ? new $util.LongBits(message.heapTotalBytes.low >>> 0, message.heapTotalBytes.high >>> 0).toNumber(true) : message.heapTotalBytes;
            if (message.loopDelayP50Ms != null && $Object.hasOwnProperty.call(message, "loopDelayP50Ms"))
                object.loopDelayP50Ms = options.json && !$isFinite(message.loopDelayP50Ms) ? $String(message.loopDelayP50Ms) : message.loopDelayP50Ms;
            if (message.loopDelayP99Ms != null && $Object.hasOwnProperty.call(message, "loopDelayP99Ms"))
                object.loopDelayP99Ms = options.json && !$isFinite(message.loopDelayP99Ms) ? $String(message.loopDelayP99Ms) : message.loopDelayP99Ms;
            if (message.loopDelayMaxMs != null && $Object.hasOwnProperty.call(message, "loopDelayMaxMs"))
                object.loopDelayMaxMs = options.json && !$isFinite(message.loopDelayMaxMs) ? $String(message.loopDelayMaxMs) : message.loopDelayMaxMs;
            if (message.wsConnections != null && $Object.hasOwnProperty.call(message, "wsConnections"))
                object.wsConnections = message.wsConnections;
            if (message.viewers != null && $Object.hasOwnProperty.call(message, "viewers"))
                object.viewers = message.viewers;
            if (message.statsSubscribers != null && $Object.hasOwnProperty.call(message, "statsSubscribers"))
                object.statsSubscribers = message.statsSubscribers;
            if (message.httpConnections != null && $Object.hasOwnProperty.call(message, "httpConnections"))
                object.httpConnections = message.httpConnections;
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                object.targets = message.targets;
            if (message.ownedTargets != null && $Object.hasOwnProperty.call(message, "ownedTargets"))
                object.ownedTargets = message.ownedTargets;
            if (message.targetsAtLimit != null && $Object.hasOwnProperty.call(message, "targetsAtLimit"))
                object.targetsAtLimit = message.targetsAtLimit;
            if (message.series != null && $Object.hasOwnProperty.call(message, "series"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.series = typeof message.series === "number" ? $BigInt(message.series) : $util.Long.fromBits(message.series.low >>> 0, message.series.high >>> 0, true).toBigInt();
                else if (typeof message.series === "number")
                    object.series = options.longs === $String ? $String(message.series) : message.series;
                else
                    object.series = options.longs === $String ? $util.Long.prototype.toString.call(message.series) : options.longs === $Number ? new $util.LongBits(message.series.low >>> 0, message.series.high >>> 0).toNumber(true) : message.series;
            if (message.eventsAccepted != null && $Object.hasOwnProperty.call(message, "eventsAccepted"))
                object.eventsAccepted = $root.latency.StatsCounter.toObject(message.eventsAccepted, options, _depth + 1);
            let keys2;
            if (message.eventsRefused && (keys2 = $Object.keys(message.eventsRefused)).length) {
                object.eventsRefused = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.eventsRefused, keys2[j]);
                    object.eventsRefused[keys2[j]] = $root.latency.StatsCounter.toObject(message.eventsRefused[keys2[j]], options, _depth + 1);
                }
            }
            if (message.batches != null && $Object.hasOwnProperty.call(message, "batches"))
                object.batches = $root.latency.StatsCounter.toObject(message.batches, options, _depth + 1);
            if (message.batchesSkipped != null && $Object.hasOwnProperty.call(message, "batchesSkipped"))
                object.batchesSkipped = $root.latency.StatsCounter.toObject(message.batchesSkipped, options, _depth + 1);
            if (message.resyncs != null && $Object.hasOwnProperty.call(message, "resyncs"))
                object.resyncs = $root.latency.StatsCounter.toObject(message.resyncs, options, _depth + 1);
            if (message.framesSent != null && $Object.hasOwnProperty.call(message, "framesSent"))
                object.framesSent = $root.latency.StatsCounter.toObject(message.framesSent, options, _depth + 1);
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                object.bytesSent = $root.latency.StatsCounter.toObject(message.bytesSent, options, _depth + 1);
            if (message.slowDisconnects != null && $Object.hasOwnProperty.call(message, "slowDisconnects"))
                object.slowDisconnects = $root.latency.StatsCounter.toObject(message.slowDisconnects, options, _depth + 1);
            if (message.historyState != null && $Object.hasOwnProperty.call(message, "historyState"))
                object.historyState = message.historyState;
            if (message.historyReason != null && $Object.hasOwnProperty.call(message, "historyReason"))
                object.historyReason = message.historyReason;
            if (message.historyPendingSeconds != null && $Object.hasOwnProperty.call(message, "historyPendingSeconds"))
                object.historyPendingSeconds = message.historyPendingSeconds;
            if (message.historyPendingRows != null && $Object.hasOwnProperty.call(message, "historyPendingRows"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.historyPendingRows = typeof message.historyPendingRows === "number" ? $BigInt(message.historyPendingRows) : $util.Long.fromBits(message.historyPendingRows.low >>> 0, message.historyPendingRows.high >>> 0, true).toBigInt();
                else if (typeof message.historyPendingRows === "number")
                    object.historyPendingRows = options.longs === $String ? $String(message.historyPendingRows) : message.historyPendingRows;
                else
                    object.historyPendingRows = options.longs === $String ? $util.Long.prototype.toString.call(message.historyPendingRows) : options.longs === $Number ? new $util.LongBits(message.historyPendingRows.low >>> 0, message.historyPendingRows.high >>> 0).toNumber(true) : message.historyPendingRows;
            if (message.historyDroppedSeconds != null && $Object.hasOwnProperty.call(message, "historyDroppedSeconds"))
                object.historyDroppedSeconds = $root.latency.StatsCounter.toObject(message.historyDroppedSeconds, options, _depth + 1);
            if (message.historyWriteFailures != null && $Object.hasOwnProperty.call(message, "historyWriteFailures"))
                object.historyWriteFailures = $root.latency.StatsCounter.toObject(message.historyWriteFailures, options, _depth + 1);
            if (message.walState != null && $Object.hasOwnProperty.call(message, "walState"))
                object.walState = message.walState;
            if (message.walBytes != null && $Object.hasOwnProperty.call(message, "walBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.walBytes = typeof message.walBytes === "number" ? $BigInt(message.walBytes) : $util.Long.fromBits(message.walBytes.low >>> 0, message.walBytes.high >>> 0, true).toBigInt();
                else if (typeof message.walBytes === "number")
                    object.walBytes = options.longs === $String ? $String(message.walBytes) : message.walBytes;
                else
                    object.walBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.walBytes) : options.longs === $Number ? new $util.LongBits(message.walBytes.low >>> 0, message.walBytes.high >>> 0).toNumber(true) : message.walBytes;
            if (message.walUnsyncedS != null && $Object.hasOwnProperty.call(message, "walUnsyncedS"))
                object.walUnsyncedS = options.json && !$isFinite(message.walUnsyncedS) ? $String(message.walUnsyncedS) : message.walUnsyncedS;
            if (message.walEventsUnlogged != null && $Object.hasOwnProperty.call(message, "walEventsUnlogged"))
                object.walEventsUnlogged = $root.latency.StatsCounter.toObject(message.walEventsUnlogged, options, _depth + 1);
            if (message.alertsFiring != null && $Object.hasOwnProperty.call(message, "alertsFiring"))
                object.alertsFiring = message.alertsFiring;
            if (message.webhooksInFlight != null && $Object.hasOwnProperty.call(message, "webhooksInFlight"))
                object.webhooksInFlight = message.webhooksInFlight;
            if (message.webhooksQueued != null && $Object.hasOwnProperty.call(message, "webhooksQueued"))
                object.webhooksQueued = message.webhooksQueued;
            if (message.webhooksDropped != null && $Object.hasOwnProperty.call(message, "webhooksDropped"))
                object.webhooksDropped = $root.latency.StatsCounter.toObject(message.webhooksDropped, options, _depth + 1);
            if (message.webhooksFailed != null && $Object.hasOwnProperty.call(message, "webhooksFailed"))
                object.webhooksFailed = $root.latency.StatsCounter.toObject(message.webhooksFailed, options, _depth + 1);
            return object;
        };

        /**
         * Converts this ServerStats to JSON.
         * @function toJSON
         * @memberof latency.ServerStats
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerStats.prototype.toJSON = function() {
            return ServerStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerStats
         * @function getTypeUrl
         * @memberof latency.ServerStats
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerStats.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.ServerStats";
        };

        return ServerStats;
    })();

    latency.ClientMessage = (function() {

        /**
         * Properties of a ClientMessage.
         * @typedef {Object} latency.ClientMessage.$Properties
         * @property {latency.SubscriptionMessage.$Properties|null} [subscription] ClientMessage subscription
         * @property {latency.ResyncRequest.$Properties|null} [resync] ClientMessage resync
         * @property {latency.Ping.$Properties|null} [ping] ClientMessage ping
         * @property {latency.EventBatch.$Properties|null} [events] ClientMessage events
         * @property {latency.StatsSubscription.$Properties|null} [statsSubscription] ClientMessage statsSubscription
         * @property {"subscription"|"resync"|"ping"|"events"|"statsSubscription"} [msg] ClientMessage msg
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientMessage.
         * @memberof latency
         * @interface IClientMessage
         * @augments latency.ClientMessage.$Properties
         * @deprecated Use latency.ClientMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ClientMessage.
         * @typedef {{
         *   subscription?: latency.SubscriptionMessage.$Shape|null;
         *   resync?: latency.ResyncRequest.$Shape|null;
         *   ping?: latency.Ping.$Shape|null;
         *   events?: latency.EventBatch.$Shape|null;
         *   statsSubscription?: latency.StatsSubscription.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ msg?: undefined; subscription?: null; resync?: null; ping?: null; events?: null; statsSubscription?: null }|{ msg?: "subscription"; subscription: latency.SubscriptionMessage.$Shape; resync?: null; ping?: null; events?: null; statsSubscription?: null }|{ msg?: "resync"; subscription?: null; resync: latency.ResyncRequest.$Shape; ping?: null; events?: null; statsSubscription?: null }|{ msg?: "ping"; subscription?: null; resync?: null; ping: latency.Ping.$Shape; events?: null; statsSubscription?: null }|{ msg?: "events"; subscription?: null; resync?: null; ping?: null; events: latency.EventBatch.$Shape; statsSubscription?: null }|{ msg?: "statsSubscription"; subscription?: null; resync?: null; ping?: null; events?: null; statsSubscription: latency.StatsSubscription.$Shape })
         * )} latency.ClientMessage.$Shape
         */

        /**
         * Constructs a new ClientMessage.
         * @memberof latency
         * @classdesc Represents a ClientMessage.
         * @constructor
         * @param {latency.ClientMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientMessage subscription.
         * @member {latency.SubscriptionMessage.$Properties|null|undefined} subscription
         * @memberof latency.ClientMessage
         * @instance
         */
        ClientMessage.prototype.subscription = null;

        /**
         * ClientMessage resync.
         * @member {latency.ResyncRequest.$Properties|null|undefined} resync
         * @memberof latency.ClientMessage
         * @instance
         */
        ClientMessage.prototype.resync = null;

        /**
         * ClientMessage ping.
         * @member {latency.Ping.$Properties|null|undefined} ping
         * @memberof latency.ClientMessage
         * @instance
         */
        ClientMessage.prototype.ping = null;

        /**
         * ClientMessage events.
         * @member {latency.EventBatch.$Properties|null|undefined} events
         * @memberof latency.ClientMessage
         * @instance
         */
        ClientMessage.prototype.events = null;

        /**
         * ClientMessage statsSubscription.
         * @member {latency.StatsSubscription.$Properties|null|undefined} statsSubscription
         * @memberof latency.ClientMessage
         * @instance
         */
        ClientMessage.prototype.statsSubscription = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ClientMessage msg.
         * @member {"subscription"|"resync"|"ping"|"events"|"statsSubscription"|undefined} msg
         * @memberof latency.ClientMessage
         * @instance
         */
        $Object.defineProperty(ClientMessage.prototype, "msg", {
            get: $util.oneOfGetter($oneOfFields = ["subscription", "resync", "ping", "events", "statsSubscription"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ClientMessage instance using the specified properties.
         * @function create
         * @memberof latency.ClientMessage
         * @static
         * @param {latency.ClientMessage.$Properties=} [properties] Properties to set
         * @returns {latency.ClientMessage} ClientMessage instance
         * @type {{
         *   (properties: latency.ClientMessage.$Shape): latency.ClientMessage & latency.ClientMessage.$Shape;
         *   (properties?: latency.ClientMessage.$Properties): latency.ClientMessage;
         * }}
         */
        ClientMessage.create = function(properties) {
            return new ClientMessage(properties);
        };

        /**
         * Encodes the specified ClientMessage message. Does not implicitly {@link latency.ClientMessage.verify|verify} messages.
         * @function encode
         * @memberof latency.ClientMessage
         * @static
         * @param {latency.ClientMessage.$Properties} message ClientMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                $root.latency.SubscriptionMessage.encode(message.subscription, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.resync != null && $Object.hasOwnProperty.call(message, "resync"))
                $root.latency.ResyncRequest.encode(message.resync, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                $root.latency.Ping.encode(message.ping, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                $root.latency.EventBatch.encode(message.events, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.statsSubscription != null && $Object.hasOwnProperty.call(message, "statsSubscription"))
                $root.latency.StatsSubscription.encode(message.statsSubscription, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link latency.ClientMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.ClientMessage
         * @static
         * @param {latency.ClientMessage.$Properties} message ClientMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClientMessage message from the specified reader or buffer.
         * @function decode
         * @memberof latency.ClientMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.ClientMessage & latency.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.ClientMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.subscription = $root.latency.SubscriptionMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.subscription);
                        message.msg = "subscription";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.resync = $root.latency.ResyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resync);
                        message.msg = "resync";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.ping = $root.latency.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                        message.msg = "ping";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.events = $root.latency.EventBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                        message.msg = "events";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.statsSubscription = $root.latency.StatsSubscription.decode(reader, reader.size(), $undefined, _depth + 1, message.statsSubscription);
                        message.msg = "statsSubscription";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.ClientMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.ClientMessage & latency.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClientMessage message.
         * @function verify
         * @memberof latency.ClientMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClientMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription")) {
                properties.msg = 1;
                {
                    let error = $root.latency.SubscriptionMessage.verify(message.subscription, _depth + 1);
                    if (error)
                        return "subscription." + error;
                }
            }
            if (message.resync != null && $Object.hasOwnProperty.call(message, "resync")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.ResyncRequest.verify(message.resync, _depth + 1);
                    if (error)
                        return "resync." + error;
                }
            }
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.Ping.verify(message.ping, _depth + 1);
                    if (error)
                        return "ping." + error;
                }
            }
            if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.EventBatch.verify(message.events, _depth + 1);
                    if (error)
                        return "events." + error;
                }
            }
            if (message.statsSubscription != null && $Object.hasOwnProperty.call(message, "statsSubscription")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.StatsSubscription.verify(message.statsSubscription, _depth + 1);
                    if (error)
                        return "statsSubscription." + error;
                }
            }
            return null;
        };

        /**
         * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.ClientMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.ClientMessage} ClientMessage
         */
        ClientMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.ClientMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.ClientMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.ClientMessage();
            if (object.subscription != null) {
                if (!$util.isObject(object.subscription))
                    throw $TypeError(".latency.ClientMessage.subscription: object expected");
                message.subscription = $root.latency.SubscriptionMessage.fromObject(object.subscription, _depth + 1);
            }
            if (object.resync != null) {
                if (!$util.isObject(object.resync))
                    throw $TypeError(".latency.ClientMessage.resync: object expected");
                message.resync = $root.latency.ResyncRequest.fromObject(object.resync, _depth + 1);
            }
            if (object.ping != null) {
                if (!$util.isObject(object.ping))
                    throw $TypeError(".latency.ClientMessage.ping: object expected");
                message.ping = $root.latency.Ping.fromObject(object.ping, _depth + 1);
            }
            if (object.events != null) {
                if (!$util.isObject(object.events))
                    throw $TypeError(".latency.ClientMessage.events: object expected");
                message.events = $root.latency.EventBatch.fromObject(object.events, _depth + 1);
            }
            if (object.statsSubscription != null) {
                if (!$util.isObject(object.statsSubscription))
                    throw $TypeError(".latency.ClientMessage.statsSubscription: object expected");
                message.statsSubscription = $root.latency.StatsSubscription.fromObject(object.statsSubscription, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.ClientMessage
         * @static
         * @param {latency.ClientMessage} message ClientMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription")) {
                object.subscription = $root.latency.SubscriptionMessage.toObject(message.subscription, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "subscription";
            }
            if (message.resync != null && $Object.hasOwnProperty.call(message, "resync")) {
                object.resync = $root.latency.ResyncRequest.toObject(message.resync, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "resync";
            }
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                object.ping = $root.latency.Ping.toObject(message.ping, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "ping";
            }
            if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                object.events = $root.latency.EventBatch.toObject(message.events, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "events";
            }
            if (message.statsSubscription != null && $Object.hasOwnProperty.call(message, "statsSubscription")) {
                object.statsSubscription = $root.latency.StatsSubscription.toObject(message.statsSubscription, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "statsSubscription";
            }
            return object;
        };

        /**
         * Converts this ClientMessage to JSON.
         * @function toJSON
         * @memberof latency.ClientMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClientMessage.prototype.toJSON = function() {
            return ClientMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClientMessage
         * @function getTypeUrl
         * @memberof latency.ClientMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.ClientMessage";
        };

        return ClientMessage;
    })();

    latency.ServerMessage = (function() {

        /**
         * Properties of a ServerMessage.
         * @typedef {Object} latency.ServerMessage.$Properties
         * @property {latency.InitMessage.$Properties|null} [init] ServerMessage init
         * @property {latency.MetricsBatch.$Properties|null} [batch] ServerMessage batch
         * @property {latency.TargetsUpdate.$Properties|null} [targets] ServerMessage targets
         * @property {latency.ErrorMessage.$Properties|null} [error] ServerMessage error
         * @property {latency.IngestAck.$Properties|null} [ack] ServerMessage ack
         * @property {latency.Pong.$Properties|null} [pong] ServerMessage pong
         * @property {latency.AlertsUpdate.$Properties|null} [alerts] ServerMessage alerts
         * @property {latency.ServerStats.$Properties|null} [stats] ServerMessage stats
         * @property {"init"|"batch"|"targets"|"error"|"ack"|"pong"|"alerts"|"stats"} [msg] ServerMessage msg
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerMessage.
         * @memberof latency
         * @interface IServerMessage
         * @augments latency.ServerMessage.$Properties
         * @deprecated Use latency.ServerMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ServerMessage.
         * @typedef {{
         *   init?: latency.InitMessage.$Shape|null;
         *   batch?: latency.MetricsBatch.$Shape|null;
         *   targets?: latency.TargetsUpdate.$Shape|null;
         *   error?: latency.ErrorMessage.$Shape|null;
         *   ack?: latency.IngestAck.$Shape|null;
         *   pong?: latency.Pong.$Shape|null;
         *   alerts?: latency.AlertsUpdate.$Shape|null;
         *   stats?: latency.ServerStats.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ msg?: undefined; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "init"; init: latency.InitMessage.$Shape; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "batch"; init?: null; batch: latency.MetricsBatch.$Shape; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "targets"; init?: null; batch?: null; targets: latency.TargetsUpdate.$Shape; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "error"; init?: null; batch?: null; targets?: null; error: latency.ErrorMessage.$Shape; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "ack"; init?: null; batch?: null; targets?: null; error?: null; ack: latency.IngestAck.$Shape; pong?: null; alerts?: null; stats?: null }|{ msg?: "pong"; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong: latency.Pong.$Shape; alerts?: null; stats?: null }|{ msg?: "alerts"; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts: latency.AlertsUpdate.$Shape; stats?: null }|{ msg?: "stats"; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats: latency.ServerStats.$Shape })
         * )} latency.ServerMessage.$Shape
         */

        /**
         * Constructs a new ServerMessage.
         * @memberof latency
         * @classdesc Represents a ServerMessage.
         * @constructor
         * @param {latency.ServerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerMessage init.
         * @member {latency.InitMessage.$Properties|null|undefined} init
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.init = null;

        /**
         * ServerMessage batch.
         * @member {latency.MetricsBatch.$Properties|null|undefined} batch
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.batch = null;

        /**
         * ServerMessage targets.
         * @member {latency.TargetsUpdate.$Properties|null|undefined} targets
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.targets = null;

        /**
         * ServerMessage error.
         * @member {latency.ErrorMessage.$Properties|null|undefined} error
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.error = null;

        /**
         * ServerMessage ack.
         * @member {latency.IngestAck.$Properties|null|undefined} ack
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.ack = null;

        /**
         * ServerMessage pong.
         * @member {latency.Pong.$Properties|null|undefined} pong
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.pong = null;

        /**
         * ServerMessage alerts.
         * @member {latency.AlertsUpdate.$Properties|null|undefined} alerts
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.alerts = null;

        /**
         * ServerMessage stats.
         * @member {latency.ServerStats.$Properties|null|undefined} stats
         * @memberof latency.ServerMessage
         * @instance
         */
        ServerMessage.prototype.stats = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ServerMessage msg.
         * @member {"init"|"batch"|"targets"|"error"|"ack"|"pong"|"alerts"|"stats"|undefined} msg
         * @memberof latency.ServerMessage
         * @instance
         */
        $Object.defineProperty(ServerMessage.prototype, "msg", {
            get: $util.oneOfGetter($oneOfFields = ["init", "batch", "targets", "error", "ack", "pong", "alerts", "stats"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ServerMessage instance using the specified properties.
         * @function create
         * @memberof latency.ServerMessage
         * @static
         * @param {latency.ServerMessage.$Properties=} [properties] Properties to set
         * @returns {latency.ServerMessage} ServerMessage instance
         * @type {{
         *   (properties: latency.ServerMessage.$Shape): latency.ServerMessage & latency.ServerMessage.$Shape;
         *   (properties?: latency.ServerMessage.$Properties): latency.ServerMessage;
         * }}
         */
        ServerMessage.create = function(properties) {
            return new ServerMessage(properties);
        };

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link latency.ServerMessage.verify|verify} messages.
         * @function encode
         * @memberof latency.ServerMessage
         * @static
         * @param {latency.ServerMessage.$Properties} message ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.init != null && $Object.hasOwnProperty.call(message, "init"))
                $root.latency.InitMessage.encode(message.init, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                $root.latency.MetricsBatch.encode(message.batch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                $root.latency.TargetsUpdate.encode(message.targets, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.latency.ErrorMessage.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                $root.latency.IngestAck.encode(message.ack, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                $root.latency.Pong.encode(message.pong, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.alerts != null && $Object.hasOwnProperty.call(message, "alerts"))
                $root.latency.AlertsUpdate.encode(message.alerts, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                $root.latency.ServerStats.encode(message.stats, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link latency.ServerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof latency.ServerMessage
         * @static
         * @param {latency.ServerMessage.$Properties} message ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof latency.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {latency.ServerMessage & latency.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.latency.ServerMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.init = $root.latency.InitMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.init);
                        message.msg = "init";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.batch = $root.latency.MetricsBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                        message.msg = "batch";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.targets = $root.latency.TargetsUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.targets);
                        message.msg = "targets";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.latency.ErrorMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.msg = "error";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.ack = $root.latency.IngestAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                        message.msg = "ack";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.pong = $root.latency.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                        message.msg = "pong";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.alerts = $root.latency.AlertsUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.alerts);
                        message.msg = "alerts";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.stats = $root.latency.ServerStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                        message.msg = "stats";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof latency.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {latency.ServerMessage & latency.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ServerMessage message.
         * @function verify
         * @memberof latency.ServerMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                properties.msg = 1;
                {
                    let error = $root.latency.InitMessage.verify(message.init, _depth + 1);
                    if (error)
                        return "init." + error;
                }
            }
            if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.MetricsBatch.verify(message.batch, _depth + 1);
                    if (error)
                        return "batch." + error;
                }
            }
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.TargetsUpdate.verify(message.targets, _depth + 1);
                    if (error)
                        return "targets." + error;
                }
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.ErrorMessage.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
            }
            if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.IngestAck.verify(message.ack, _depth + 1);
                    if (error)
                        return "ack." + error;
                }
            }
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.Pong.verify(message.pong, _depth + 1);
                    if (error)
                        return "pong." + error;
                }
            }
            if (message.alerts != null && $Object.hasOwnProperty.call(message, "alerts")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.AlertsUpdate.verify(message.alerts, _depth + 1);
                    if (error)
                        return "alerts." + error;
                }
            }
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats")) {
                if (properties.msg === 1)
                    return "msg: multiple values";
                properties.msg = 1;
                {
                    let error = $root.latency.ServerStats.verify(message.stats, _depth + 1);
                    if (error)
                        return "stats." + error;
                }
            }
            return null;
        };

        /**
         * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof latency.ServerMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {latency.ServerMessage} ServerMessage
         */
        ServerMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.latency.ServerMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".latency.ServerMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.latency.ServerMessage();
            if (object.init != null) {
                if (!$util.isObject(object.init))
                    throw $TypeError(".latency.ServerMessage.init: object expected");
                message.init = $root.latency.InitMessage.fromObject(object.init, _depth + 1);
            }
            if (object.batch != null) {
                if (!$util.isObject(object.batch))
                    throw $TypeError(".latency.ServerMessage.batch: object expected");
                message.batch = $root.latency.MetricsBatch.fromObject(object.batch, _depth + 1);
            }
            if (object.targets != null) {
                if (!$util.isObject(object.targets))
                    throw $TypeError(".latency.ServerMessage.targets: object expected");
                message.targets = $root.latency.TargetsUpdate.fromObject(object.targets, _depth + 1);
            }
            if (object.error != null) {
                if (!$util.isObject(object.error))
                    throw $TypeError(".latency.ServerMessage.error: object expected");
                message.error = $root.latency.ErrorMessage.fromObject(object.error, _depth + 1);
            }
            if (object.ack != null) {
                if (!$util.isObject(object.ack))
                    throw $TypeError(".latency.ServerMessage.ack: object expected");
                message.ack = $root.latency.IngestAck.fromObject(object.ack, _depth + 1);
            }
            if (object.pong != null) {
                if (!$util.isObject(object.pong))
                    throw $TypeError(".latency.ServerMessage.pong: object expected");
                message.pong = $root.latency.Pong.fromObject(object.pong, _depth + 1);
            }
            if (object.alerts != null) {
                if (!$util.isObject(object.alerts))
                    throw $TypeError(".latency.ServerMessage.alerts: object expected");
                message.alerts = $root.latency.AlertsUpdate.fromObject(object.alerts, _depth + 1);
            }
            if (object.stats != null) {
                if (!$util.isObject(object.stats))
                    throw $TypeError(".latency.ServerMessage.stats: object expected");
                message.stats = $root.latency.ServerStats.fromObject(object.stats, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof latency.ServerMessage
         * @static
         * @param {latency.ServerMessage} message ServerMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                object.init = $root.latency.InitMessage.toObject(message.init, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "init";
            }
            if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                object.batch = $root.latency.MetricsBatch.toObject(message.batch, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "batch";
            }
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                object.targets = $root.latency.TargetsUpdate.toObject(message.targets, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "targets";
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                object.error = $root.latency.ErrorMessage.toObject(message.error, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "error";
            }
            if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                object.ack = $root.latency.IngestAck.toObject(message.ack, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "ack";
            }
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                object.pong = $root.latency.Pong.toObject(message.pong, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "pong";
            }
            if (message.alerts != null && $Object.hasOwnProperty.call(message, "alerts")) {
                object.alerts = $root.latency.AlertsUpdate.toObject(message.alerts, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "alerts";
            }
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats")) {
                object.stats = $root.latency.ServerStats.toObject(message.stats, options, _depth + 1);
                if (options.oneofs)
                    object.msg = "stats";
            }
            return object;
        };

        /**
         * Converts this ServerMessage to JSON.
         * @function toJSON
         * @memberof latency.ServerMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerMessage.prototype.toJSON = function() {
            return ServerMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerMessage
         * @function getTypeUrl
         * @memberof latency.ServerMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/latency.ServerMessage";
        };

        return ServerMessage;
    })();

    return latency;
})();

export {
  $root as default
};
