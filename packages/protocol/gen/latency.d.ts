import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace latency. */
export namespace latency {

    /**
     * Properties of an Event.
     * @deprecated Use latency.Event.$Properties instead.
     */
    interface IEvent extends latency.Event.$Properties {
    }

    /** Represents an Event. */
    class Event {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.Event.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Event targetId. */
        targetId: string;

        /** Event key. */
        key: string;

        /** Event serverTimestamp. */
        serverTimestamp: (number|Long);

        /** Event payload. */
        payload: Uint8Array;

        /** Event payloadSize. */
        payloadSize: number;

        /** Event metadata. */
        metadata: { [k: string]: string };

        /** Event valueMs. */
        valueMs?: (number|null);

        /**
         * Creates a new Event instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Event instance
         */
        static create(properties: latency.Event.$Shape): latency.Event & latency.Event.$Shape;
        static create(properties?: latency.Event.$Properties): latency.Event;

        /**
         * Encodes the specified Event message. Does not implicitly {@link latency.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link latency.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.Event & latency.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.Event & latency.Event.$Shape;

        /**
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.Event & latency.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.Event & latency.Event.$Shape;

        /**
         * Verifies an Event message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Event
         */
        static fromObject(object: { [k: string]: any }): latency.Event;

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @param message Event
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Event to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Event
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Event {

        /** Properties of an Event. */
        interface $Properties {

            /** Event targetId */
            targetId?: (string|null);

            /** Event key */
            key?: (string|null);

            /** Event serverTimestamp */
            serverTimestamp?: (number|Long|null);

            /** Event payload */
            payload?: (Uint8Array|null);

            /** Event payloadSize */
            payloadSize?: (number|null);

            /** Event metadata */
            metadata?: ({ [k: string]: string }|null);

            /** Event valueMs */
            valueMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Event. */
        type $Shape = latency.Event.$Properties;
    }

    /**
     * Properties of an EventBatch.
     * @deprecated Use latency.EventBatch.$Properties instead.
     */
    interface IEventBatch extends latency.EventBatch.$Properties {
    }

    /** Represents an EventBatch. */
    class EventBatch {

        /**
         * Constructs a new EventBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.EventBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EventBatch events. */
        events: latency.Event.$Properties[];

        /** EventBatch batchId. */
        batchId: (number|Long);

        /**
         * Creates a new EventBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EventBatch instance
         */
        static create(properties: latency.EventBatch.$Shape): latency.EventBatch & latency.EventBatch.$Shape;
        static create(properties?: latency.EventBatch.$Properties): latency.EventBatch;

        /**
         * Encodes the specified EventBatch message. Does not implicitly {@link latency.EventBatch.verify|verify} messages.
         * @param message EventBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified EventBatch message, length delimited. Does not implicitly {@link latency.EventBatch.verify|verify} messages.
         * @param message EventBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EventBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.EventBatch & latency.EventBatch.$Shape} EventBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.EventBatch & latency.EventBatch.$Shape;

        /**
         * Decodes an EventBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.EventBatch & latency.EventBatch.$Shape} EventBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.EventBatch & latency.EventBatch.$Shape;

        /**
         * Verifies an EventBatch message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns EventBatch
         */
        static fromObject(object: { [k: string]: any }): latency.EventBatch;

        /**
         * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
         * @param message EventBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this EventBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for EventBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace EventBatch {

        /** Properties of an EventBatch. */
        interface $Properties {

            /** EventBatch events */
            events?: (latency.Event.$Properties[]|null);

            /** EventBatch batchId */
            batchId?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EventBatch. */
        type $Shape = latency.EventBatch.$Properties;
    }

    /**
     * Properties of a MetricsUpdate.
     * @deprecated Use latency.MetricsUpdate.$Properties instead.
     */
    interface IMetricsUpdate extends latency.MetricsUpdate.$Properties {
    }

    /** Represents a MetricsUpdate. */
    class MetricsUpdate {

        /**
         * Constructs a new MetricsUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.MetricsUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricsUpdate targetId. */
        targetId: string;

        /** MetricsUpdate key. */
        key: string;

        /** MetricsUpdate metadata. */
        metadata: { [k: string]: string };

        /** MetricsUpdate minLatency. */
        minLatency?: (number|null);

        /** MetricsUpdate maxLatency. */
        maxLatency?: (number|null);

        /** MetricsUpdate avgLatency. */
        avgLatency?: (number|null);

        /** MetricsUpdate p90Latency. */
        p90Latency?: (number|null);

        /** MetricsUpdate avgProcessingTime. */
        avgProcessingTime?: (number|null);

        /** MetricsUpdate throughput. */
        throughput?: (number|null);

        /** MetricsUpdate count. */
        count?: (number|Long|null);

        /** MetricsUpdate lastPayloadSize. */
        lastPayloadSize?: (number|null);

        /** MetricsUpdate lastUpdate. */
        lastUpdate?: (number|Long|null);

        /** MetricsUpdate p50Latency. */
        p50Latency?: (number|null);

        /** MetricsUpdate p95Latency. */
        p95Latency?: (number|null);

        /** MetricsUpdate p99Latency. */
        p99Latency?: (number|null);

        /** MetricsUpdate seriesId. */
        seriesId: number;

        /** MetricsUpdate sampleCount. */
        sampleCount?: (number|null);

        /** MetricsUpdate eventsPerSecond. */
        eventsPerSecond?: (number|null);

        /**
         * Creates a new MetricsUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricsUpdate instance
         */
        static create(properties: latency.MetricsUpdate.$Shape): latency.MetricsUpdate & latency.MetricsUpdate.$Shape;
        static create(properties?: latency.MetricsUpdate.$Properties): latency.MetricsUpdate;

        /**
         * Encodes the specified MetricsUpdate message. Does not implicitly {@link latency.MetricsUpdate.verify|verify} messages.
         * @param message MetricsUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.MetricsUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MetricsUpdate message, length delimited. Does not implicitly {@link latency.MetricsUpdate.verify|verify} messages.
         * @param message MetricsUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.MetricsUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricsUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.MetricsUpdate & latency.MetricsUpdate.$Shape} MetricsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.MetricsUpdate & latency.MetricsUpdate.$Shape;

        /**
         * Decodes a MetricsUpdate message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.MetricsUpdate & latency.MetricsUpdate.$Shape} MetricsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.MetricsUpdate & latency.MetricsUpdate.$Shape;

        /**
         * Verifies a MetricsUpdate message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MetricsUpdate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricsUpdate
         */
        static fromObject(object: { [k: string]: any }): latency.MetricsUpdate;

        /**
         * Creates a plain object from a MetricsUpdate message. Also converts values to other types if specified.
         * @param message MetricsUpdate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.MetricsUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricsUpdate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricsUpdate
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsUpdate {

        /** Properties of a MetricsUpdate. */
        interface $Properties {

            /** MetricsUpdate targetId */
            targetId?: (string|null);

            /** MetricsUpdate key */
            key?: (string|null);

            /** MetricsUpdate metadata */
            metadata?: ({ [k: string]: string }|null);

            /** MetricsUpdate minLatency */
            minLatency?: (number|null);

            /** MetricsUpdate maxLatency */
            maxLatency?: (number|null);

            /** MetricsUpdate avgLatency */
            avgLatency?: (number|null);

            /** MetricsUpdate p90Latency */
            p90Latency?: (number|null);

            /** MetricsUpdate avgProcessingTime */
            avgProcessingTime?: (number|null);

            /** MetricsUpdate throughput */
            throughput?: (number|null);

            /** MetricsUpdate count */
            count?: (number|Long|null);

            /** MetricsUpdate lastPayloadSize */
            lastPayloadSize?: (number|null);

            /** MetricsUpdate lastUpdate */
            lastUpdate?: (number|Long|null);

            /** MetricsUpdate p50Latency */
            p50Latency?: (number|null);

            /** MetricsUpdate p95Latency */
            p95Latency?: (number|null);

            /** MetricsUpdate p99Latency */
            p99Latency?: (number|null);

            /** MetricsUpdate seriesId */
            seriesId?: (number|null);

            /** MetricsUpdate sampleCount */
            sampleCount?: (number|null);

            /** MetricsUpdate eventsPerSecond */
            eventsPerSecond?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricsUpdate. */
        type $Shape = latency.MetricsUpdate.$Properties;
    }

    /**
     * Properties of an InitMessage.
     * @deprecated Use latency.InitMessage.$Properties instead.
     */
    interface IInitMessage extends latency.InitMessage.$Properties {
    }

    /** Represents an InitMessage. */
    class InitMessage {

        /**
         * Constructs a new InitMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.InitMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InitMessage message. */
        message: string;

        /** InitMessage serverTime. */
        serverTime: (number|Long);

        /** InitMessage availableTargets. */
        availableTargets: string[];

        /** InitMessage protocolVersion. */
        protocolVersion: number;

        /** InitMessage defaultIntervalMs. */
        defaultIntervalMs: number;

        /** InitMessage minIntervalMs. */
        minIntervalMs: number;

        /** InitMessage maxIntervalMs. */
        maxIntervalMs: number;

        /** InitMessage maxFrameBytes. */
        maxFrameBytes: number;

        /** InitMessage windowSamples. */
        windowSamples: number;

        /** InitMessage serverId. */
        serverId: string;

        /** InitMessage maxViewRows. */
        maxViewRows: number;

        /** InitMessage viewThresholdSeries. */
        viewThresholdSeries: number;

        /**
         * Creates a new InitMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InitMessage instance
         */
        static create(properties: latency.InitMessage.$Shape): latency.InitMessage & latency.InitMessage.$Shape;
        static create(properties?: latency.InitMessage.$Properties): latency.InitMessage;

        /**
         * Encodes the specified InitMessage message. Does not implicitly {@link latency.InitMessage.verify|verify} messages.
         * @param message InitMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.InitMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InitMessage message, length delimited. Does not implicitly {@link latency.InitMessage.verify|verify} messages.
         * @param message InitMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.InitMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InitMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.InitMessage & latency.InitMessage.$Shape} InitMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.InitMessage & latency.InitMessage.$Shape;

        /**
         * Decodes an InitMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.InitMessage & latency.InitMessage.$Shape} InitMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.InitMessage & latency.InitMessage.$Shape;

        /**
         * Verifies an InitMessage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InitMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InitMessage
         */
        static fromObject(object: { [k: string]: any }): latency.InitMessage;

        /**
         * Creates a plain object from an InitMessage message. Also converts values to other types if specified.
         * @param message InitMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.InitMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InitMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InitMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InitMessage {

        /** Properties of an InitMessage. */
        interface $Properties {

            /** InitMessage message */
            message?: (string|null);

            /** InitMessage serverTime */
            serverTime?: (number|Long|null);

            /** InitMessage availableTargets */
            availableTargets?: (string[]|null);

            /** InitMessage protocolVersion */
            protocolVersion?: (number|null);

            /** InitMessage defaultIntervalMs */
            defaultIntervalMs?: (number|null);

            /** InitMessage minIntervalMs */
            minIntervalMs?: (number|null);

            /** InitMessage maxIntervalMs */
            maxIntervalMs?: (number|null);

            /** InitMessage maxFrameBytes */
            maxFrameBytes?: (number|null);

            /** InitMessage windowSamples */
            windowSamples?: (number|null);

            /** InitMessage serverId */
            serverId?: (string|null);

            /** InitMessage maxViewRows */
            maxViewRows?: (number|null);

            /** InitMessage viewThresholdSeries */
            viewThresholdSeries?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InitMessage. */
        type $Shape = latency.InitMessage.$Properties;
    }

    /**
     * Properties of a SubscriptionMessage.
     * @deprecated Use latency.SubscriptionMessage.$Properties instead.
     */
    interface ISubscriptionMessage extends latency.SubscriptionMessage.$Properties {
    }

    /** Represents a SubscriptionMessage. */
    class SubscriptionMessage {

        /**
         * Constructs a new SubscriptionMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.SubscriptionMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SubscriptionMessage action. */
        action: latency.SubscriptionMessage.Action;

        /** SubscriptionMessage targetId. */
        targetId: string;

        /** SubscriptionMessage splitByMetadata. */
        splitByMetadata: boolean;

        /** SubscriptionMessage intervalMs. */
        intervalMs: number;

        /** SubscriptionMessage view. */
        view?: (latency.View.$Properties|null);

        /**
         * Creates a new SubscriptionMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SubscriptionMessage instance
         */
        static create(properties: latency.SubscriptionMessage.$Shape): latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape;
        static create(properties?: latency.SubscriptionMessage.$Properties): latency.SubscriptionMessage;

        /**
         * Encodes the specified SubscriptionMessage message. Does not implicitly {@link latency.SubscriptionMessage.verify|verify} messages.
         * @param message SubscriptionMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.SubscriptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SubscriptionMessage message, length delimited. Does not implicitly {@link latency.SubscriptionMessage.verify|verify} messages.
         * @param message SubscriptionMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.SubscriptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SubscriptionMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape} SubscriptionMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape;

        /**
         * Decodes a SubscriptionMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape} SubscriptionMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.SubscriptionMessage & latency.SubscriptionMessage.$Shape;

        /**
         * Verifies a SubscriptionMessage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SubscriptionMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SubscriptionMessage
         */
        static fromObject(object: { [k: string]: any }): latency.SubscriptionMessage;

        /**
         * Creates a plain object from a SubscriptionMessage message. Also converts values to other types if specified.
         * @param message SubscriptionMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.SubscriptionMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SubscriptionMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SubscriptionMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SubscriptionMessage {

        /** Properties of a SubscriptionMessage. */
        interface $Properties {

            /** SubscriptionMessage action */
            action?: (latency.SubscriptionMessage.Action|null);

            /** SubscriptionMessage targetId */
            targetId?: (string|null);

            /** SubscriptionMessage splitByMetadata */
            splitByMetadata?: (boolean|null);

            /** SubscriptionMessage intervalMs */
            intervalMs?: (number|null);

            /** SubscriptionMessage view */
            view?: (latency.View.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SubscriptionMessage. */
        type $Shape = latency.SubscriptionMessage.$Properties;

        /** Action enum. */
        enum Action {

            /** SUBSCRIBE value */
            SUBSCRIBE = 0,

            /** UNSUBSCRIBE value */
            UNSUBSCRIBE = 1
        }
    }

    /**
     * Properties of a View.
     * @deprecated Use latency.View.$Properties instead.
     */
    interface IView extends latency.View.$Properties {
    }

    /** Represents a View. */
    class View {

        /**
         * Constructs a new View.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.View.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** View sort. */
        sort: string;

        /** View descending. */
        descending: boolean;

        /** View offset. */
        offset: number;

        /** View limit. */
        limit: number;

        /** View keyFilter. */
        keyFilter: string;

        /** View metadataFilter. */
        metadataFilter: string;

        /** View p90AtLeastMs. */
        p90AtLeastMs?: (number|null);

        /** View activeOnly. */
        activeOnly: boolean;

        /** View pinned. */
        pinned: number[];

        /**
         * Creates a new View instance using the specified properties.
         * @param [properties] Properties to set
         * @returns View instance
         */
        static create(properties: latency.View.$Shape): latency.View & latency.View.$Shape;
        static create(properties?: latency.View.$Properties): latency.View;

        /**
         * Encodes the specified View message. Does not implicitly {@link latency.View.verify|verify} messages.
         * @param message View message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.View.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified View message, length delimited. Does not implicitly {@link latency.View.verify|verify} messages.
         * @param message View message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.View.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a View message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.View & latency.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.View & latency.View.$Shape;

        /**
         * Decodes a View message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.View & latency.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.View & latency.View.$Shape;

        /**
         * Verifies a View message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a View message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns View
         */
        static fromObject(object: { [k: string]: any }): latency.View;

        /**
         * Creates a plain object from a View message. Also converts values to other types if specified.
         * @param message View
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.View, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this View to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for View
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace View {

        /** Properties of a View. */
        interface $Properties {

            /** View sort */
            sort?: (string|null);

            /** View descending */
            descending?: (boolean|null);

            /** View offset */
            offset?: (number|null);

            /** View limit */
            limit?: (number|null);

            /** View keyFilter */
            keyFilter?: (string|null);

            /** View metadataFilter */
            metadataFilter?: (string|null);

            /** View p90AtLeastMs */
            p90AtLeastMs?: (number|null);

            /** View activeOnly */
            activeOnly?: (boolean|null);

            /** View pinned */
            pinned?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a View. */
        type $Shape = latency.View.$Properties;
    }

    /**
     * Properties of a WindowState.
     * @deprecated Use latency.WindowState.$Properties instead.
     */
    interface IWindowState extends latency.WindowState.$Properties {
    }

    /** Represents a WindowState. */
    class WindowState {

        /**
         * Constructs a new WindowState.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.WindowState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WindowState total. */
        total: number;

        /** WindowState offset. */
        offset: number;

        /** WindowState seriesIds. */
        seriesIds: number[];

        /**
         * Creates a new WindowState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WindowState instance
         */
        static create(properties: latency.WindowState.$Shape): latency.WindowState & latency.WindowState.$Shape;
        static create(properties?: latency.WindowState.$Properties): latency.WindowState;

        /**
         * Encodes the specified WindowState message. Does not implicitly {@link latency.WindowState.verify|verify} messages.
         * @param message WindowState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.WindowState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WindowState message, length delimited. Does not implicitly {@link latency.WindowState.verify|verify} messages.
         * @param message WindowState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.WindowState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WindowState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.WindowState & latency.WindowState.$Shape} WindowState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.WindowState & latency.WindowState.$Shape;

        /**
         * Decodes a WindowState message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.WindowState & latency.WindowState.$Shape} WindowState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.WindowState & latency.WindowState.$Shape;

        /**
         * Verifies a WindowState message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WindowState message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WindowState
         */
        static fromObject(object: { [k: string]: any }): latency.WindowState;

        /**
         * Creates a plain object from a WindowState message. Also converts values to other types if specified.
         * @param message WindowState
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.WindowState, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WindowState to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WindowState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WindowState {

        /** Properties of a WindowState. */
        interface $Properties {

            /** WindowState total */
            total?: (number|null);

            /** WindowState offset */
            offset?: (number|null);

            /** WindowState seriesIds */
            seriesIds?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WindowState. */
        type $Shape = latency.WindowState.$Properties;
    }

    /**
     * Properties of a ResyncRequest.
     * @deprecated Use latency.ResyncRequest.$Properties instead.
     */
    interface IResyncRequest extends latency.ResyncRequest.$Properties {
    }

    /** Represents a ResyncRequest. */
    class ResyncRequest {

        /**
         * Constructs a new ResyncRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.ResyncRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResyncRequest targetId. */
        targetId: string;

        /** ResyncRequest splitByMetadata. */
        splitByMetadata: boolean;

        /**
         * Creates a new ResyncRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResyncRequest instance
         */
        static create(properties: latency.ResyncRequest.$Shape): latency.ResyncRequest & latency.ResyncRequest.$Shape;
        static create(properties?: latency.ResyncRequest.$Properties): latency.ResyncRequest;

        /**
         * Encodes the specified ResyncRequest message. Does not implicitly {@link latency.ResyncRequest.verify|verify} messages.
         * @param message ResyncRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.ResyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ResyncRequest message, length delimited. Does not implicitly {@link latency.ResyncRequest.verify|verify} messages.
         * @param message ResyncRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.ResyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResyncRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.ResyncRequest & latency.ResyncRequest.$Shape} ResyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.ResyncRequest & latency.ResyncRequest.$Shape;

        /**
         * Decodes a ResyncRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.ResyncRequest & latency.ResyncRequest.$Shape} ResyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.ResyncRequest & latency.ResyncRequest.$Shape;

        /**
         * Verifies a ResyncRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ResyncRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResyncRequest
         */
        static fromObject(object: { [k: string]: any }): latency.ResyncRequest;

        /**
         * Creates a plain object from a ResyncRequest message. Also converts values to other types if specified.
         * @param message ResyncRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.ResyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResyncRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ResyncRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResyncRequest {

        /** Properties of a ResyncRequest. */
        interface $Properties {

            /** ResyncRequest targetId */
            targetId?: (string|null);

            /** ResyncRequest splitByMetadata */
            splitByMetadata?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResyncRequest. */
        type $Shape = latency.ResyncRequest.$Properties;
    }

    /**
     * Properties of a Ping.
     * @deprecated Use latency.Ping.$Properties instead.
     */
    interface IPing extends latency.Ping.$Properties {
    }

    /** Represents a Ping. */
    class Ping {

        /**
         * Constructs a new Ping.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.Ping.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ping clientTime. */
        clientTime: (number|Long);

        /**
         * Creates a new Ping instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ping instance
         */
        static create(properties: latency.Ping.$Shape): latency.Ping & latency.Ping.$Shape;
        static create(properties?: latency.Ping.$Properties): latency.Ping;

        /**
         * Encodes the specified Ping message. Does not implicitly {@link latency.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Ping message, length delimited. Does not implicitly {@link latency.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.Ping & latency.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.Ping & latency.Ping.$Shape;

        /**
         * Decodes a Ping message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.Ping & latency.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.Ping & latency.Ping.$Shape;

        /**
         * Verifies a Ping message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Ping message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Ping
         */
        static fromObject(object: { [k: string]: any }): latency.Ping;

        /**
         * Creates a plain object from a Ping message. Also converts values to other types if specified.
         * @param message Ping
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Ping to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Ping
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Ping {

        /** Properties of a Ping. */
        interface $Properties {

            /** Ping clientTime */
            clientTime?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Ping. */
        type $Shape = latency.Ping.$Properties;
    }

    /**
     * Properties of a Pong.
     * @deprecated Use latency.Pong.$Properties instead.
     */
    interface IPong extends latency.Pong.$Properties {
    }

    /** Represents a Pong. */
    class Pong {

        /**
         * Constructs a new Pong.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.Pong.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Pong clientTime. */
        clientTime: (number|Long);

        /** Pong serverTime. */
        serverTime: (number|Long);

        /**
         * Creates a new Pong instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Pong instance
         */
        static create(properties: latency.Pong.$Shape): latency.Pong & latency.Pong.$Shape;
        static create(properties?: latency.Pong.$Properties): latency.Pong;

        /**
         * Encodes the specified Pong message. Does not implicitly {@link latency.Pong.verify|verify} messages.
         * @param message Pong message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Pong message, length delimited. Does not implicitly {@link latency.Pong.verify|verify} messages.
         * @param message Pong message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Pong message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.Pong & latency.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.Pong & latency.Pong.$Shape;

        /**
         * Decodes a Pong message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.Pong & latency.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.Pong & latency.Pong.$Shape;

        /**
         * Verifies a Pong message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Pong message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Pong
         */
        static fromObject(object: { [k: string]: any }): latency.Pong;

        /**
         * Creates a plain object from a Pong message. Also converts values to other types if specified.
         * @param message Pong
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Pong to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Pong
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Pong {

        /** Properties of a Pong. */
        interface $Properties {

            /** Pong clientTime */
            clientTime?: (number|Long|null);

            /** Pong serverTime */
            serverTime?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Pong. */
        type $Shape = latency.Pong.$Properties;
    }

    /**
     * Properties of a MetricsBatch.
     * @deprecated Use latency.MetricsBatch.$Properties instead.
     */
    interface IMetricsBatch extends latency.MetricsBatch.$Properties {
    }

    /** Represents a MetricsBatch. */
    class MetricsBatch {

        /**
         * Constructs a new MetricsBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.MetricsBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricsBatch targetId. */
        targetId: string;

        /** MetricsBatch splitByMetadata. */
        splitByMetadata: boolean;

        /** MetricsBatch seq. */
        seq: (number|Long);

        /** MetricsBatch snapshot. */
        snapshot: boolean;

        /** MetricsBatch updates. */
        updates: latency.MetricsUpdate.$Properties[];

        /** MetricsBatch removedSeries. */
        removedSeries: number[];

        /** MetricsBatch serverTime. */
        serverTime: (number|Long);

        /** MetricsBatch intervalMs. */
        intervalMs: number;

        /** MetricsBatch view. */
        view?: (latency.View.$Properties|null);

        /** MetricsBatch window. */
        window?: (latency.WindowState.$Properties|null);

        /**
         * Creates a new MetricsBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricsBatch instance
         */
        static create(properties: latency.MetricsBatch.$Shape): latency.MetricsBatch & latency.MetricsBatch.$Shape;
        static create(properties?: latency.MetricsBatch.$Properties): latency.MetricsBatch;

        /**
         * Encodes the specified MetricsBatch message. Does not implicitly {@link latency.MetricsBatch.verify|verify} messages.
         * @param message MetricsBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.MetricsBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MetricsBatch message, length delimited. Does not implicitly {@link latency.MetricsBatch.verify|verify} messages.
         * @param message MetricsBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.MetricsBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricsBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.MetricsBatch & latency.MetricsBatch.$Shape} MetricsBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.MetricsBatch & latency.MetricsBatch.$Shape;

        /**
         * Decodes a MetricsBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.MetricsBatch & latency.MetricsBatch.$Shape} MetricsBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.MetricsBatch & latency.MetricsBatch.$Shape;

        /**
         * Verifies a MetricsBatch message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MetricsBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricsBatch
         */
        static fromObject(object: { [k: string]: any }): latency.MetricsBatch;

        /**
         * Creates a plain object from a MetricsBatch message. Also converts values to other types if specified.
         * @param message MetricsBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.MetricsBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricsBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricsBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsBatch {

        /** Properties of a MetricsBatch. */
        interface $Properties {

            /** MetricsBatch targetId */
            targetId?: (string|null);

            /** MetricsBatch splitByMetadata */
            splitByMetadata?: (boolean|null);

            /** MetricsBatch seq */
            seq?: (number|Long|null);

            /** MetricsBatch snapshot */
            snapshot?: (boolean|null);

            /** MetricsBatch updates */
            updates?: (latency.MetricsUpdate.$Properties[]|null);

            /** MetricsBatch removedSeries */
            removedSeries?: (number[]|null);

            /** MetricsBatch serverTime */
            serverTime?: (number|Long|null);

            /** MetricsBatch intervalMs */
            intervalMs?: (number|null);

            /** MetricsBatch view */
            view?: (latency.View.$Properties|null);

            /** MetricsBatch window */
            window?: (latency.WindowState.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricsBatch. */
        type $Shape = latency.MetricsBatch.$Properties;
    }

    /**
     * Properties of a TargetInfo.
     * @deprecated Use latency.TargetInfo.$Properties instead.
     */
    interface ITargetInfo extends latency.TargetInfo.$Properties {
    }

    /** Represents a TargetInfo. */
    class TargetInfo {

        /**
         * Constructs a new TargetInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.TargetInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TargetInfo targetId. */
        targetId: string;

        /** TargetInfo eventCount. */
        eventCount: (number|Long);

        /** TargetInfo lastEventTime. */
        lastEventTime: (number|Long);

        /** TargetInfo keyCount. */
        keyCount: number;

        /** TargetInfo seriesCount. */
        seriesCount: number;

        /** TargetInfo refusedEvents. */
        refusedEvents: (number|Long);

        /** TargetInfo atLimit. */
        atLimit: boolean;

        /**
         * Creates a new TargetInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetInfo instance
         */
        static create(properties: latency.TargetInfo.$Shape): latency.TargetInfo & latency.TargetInfo.$Shape;
        static create(properties?: latency.TargetInfo.$Properties): latency.TargetInfo;

        /**
         * Encodes the specified TargetInfo message. Does not implicitly {@link latency.TargetInfo.verify|verify} messages.
         * @param message TargetInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.TargetInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TargetInfo message, length delimited. Does not implicitly {@link latency.TargetInfo.verify|verify} messages.
         * @param message TargetInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.TargetInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.TargetInfo & latency.TargetInfo.$Shape} TargetInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.TargetInfo & latency.TargetInfo.$Shape;

        /**
         * Decodes a TargetInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.TargetInfo & latency.TargetInfo.$Shape} TargetInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.TargetInfo & latency.TargetInfo.$Shape;

        /**
         * Verifies a TargetInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TargetInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetInfo
         */
        static fromObject(object: { [k: string]: any }): latency.TargetInfo;

        /**
         * Creates a plain object from a TargetInfo message. Also converts values to other types if specified.
         * @param message TargetInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.TargetInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TargetInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TargetInfo {

        /** Properties of a TargetInfo. */
        interface $Properties {

            /** TargetInfo targetId */
            targetId?: (string|null);

            /** TargetInfo eventCount */
            eventCount?: (number|Long|null);

            /** TargetInfo lastEventTime */
            lastEventTime?: (number|Long|null);

            /** TargetInfo keyCount */
            keyCount?: (number|null);

            /** TargetInfo seriesCount */
            seriesCount?: (number|null);

            /** TargetInfo refusedEvents */
            refusedEvents?: (number|Long|null);

            /** TargetInfo atLimit */
            atLimit?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TargetInfo. */
        type $Shape = latency.TargetInfo.$Properties;
    }

    /**
     * Properties of a TargetsUpdate.
     * @deprecated Use latency.TargetsUpdate.$Properties instead.
     */
    interface ITargetsUpdate extends latency.TargetsUpdate.$Properties {
    }

    /** Represents a TargetsUpdate. */
    class TargetsUpdate {

        /**
         * Constructs a new TargetsUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.TargetsUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TargetsUpdate targets. */
        targets: string[];

        /** TargetsUpdate added. */
        added: string[];

        /** TargetsUpdate removed. */
        removed: string[];

        /** TargetsUpdate details. */
        details: latency.TargetInfo.$Properties[];

        /**
         * Creates a new TargetsUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetsUpdate instance
         */
        static create(properties: latency.TargetsUpdate.$Shape): latency.TargetsUpdate & latency.TargetsUpdate.$Shape;
        static create(properties?: latency.TargetsUpdate.$Properties): latency.TargetsUpdate;

        /**
         * Encodes the specified TargetsUpdate message. Does not implicitly {@link latency.TargetsUpdate.verify|verify} messages.
         * @param message TargetsUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.TargetsUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TargetsUpdate message, length delimited. Does not implicitly {@link latency.TargetsUpdate.verify|verify} messages.
         * @param message TargetsUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.TargetsUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetsUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.TargetsUpdate & latency.TargetsUpdate.$Shape} TargetsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.TargetsUpdate & latency.TargetsUpdate.$Shape;

        /**
         * Decodes a TargetsUpdate message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.TargetsUpdate & latency.TargetsUpdate.$Shape} TargetsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.TargetsUpdate & latency.TargetsUpdate.$Shape;

        /**
         * Verifies a TargetsUpdate message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TargetsUpdate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetsUpdate
         */
        static fromObject(object: { [k: string]: any }): latency.TargetsUpdate;

        /**
         * Creates a plain object from a TargetsUpdate message. Also converts values to other types if specified.
         * @param message TargetsUpdate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.TargetsUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetsUpdate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TargetsUpdate
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TargetsUpdate {

        /** Properties of a TargetsUpdate. */
        interface $Properties {

            /** TargetsUpdate targets */
            targets?: (string[]|null);

            /** TargetsUpdate added */
            added?: (string[]|null);

            /** TargetsUpdate removed */
            removed?: (string[]|null);

            /** TargetsUpdate details */
            details?: (latency.TargetInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TargetsUpdate. */
        type $Shape = latency.TargetsUpdate.$Properties;
    }

    /**
     * Properties of an ErrorMessage.
     * @deprecated Use latency.ErrorMessage.$Properties instead.
     */
    interface IErrorMessage extends latency.ErrorMessage.$Properties {
    }

    /** Represents an ErrorMessage. */
    class ErrorMessage {

        /**
         * Constructs a new ErrorMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.ErrorMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ErrorMessage code. */
        code: string;

        /** ErrorMessage message. */
        message: string;

        /** ErrorMessage targetId. */
        targetId: string;

        /**
         * Creates a new ErrorMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ErrorMessage instance
         */
        static create(properties: latency.ErrorMessage.$Shape): latency.ErrorMessage & latency.ErrorMessage.$Shape;
        static create(properties?: latency.ErrorMessage.$Properties): latency.ErrorMessage;

        /**
         * Encodes the specified ErrorMessage message. Does not implicitly {@link latency.ErrorMessage.verify|verify} messages.
         * @param message ErrorMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.ErrorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ErrorMessage message, length delimited. Does not implicitly {@link latency.ErrorMessage.verify|verify} messages.
         * @param message ErrorMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.ErrorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ErrorMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.ErrorMessage & latency.ErrorMessage.$Shape} ErrorMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.ErrorMessage & latency.ErrorMessage.$Shape;

        /**
         * Decodes an ErrorMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.ErrorMessage & latency.ErrorMessage.$Shape} ErrorMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.ErrorMessage & latency.ErrorMessage.$Shape;

        /**
         * Verifies an ErrorMessage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ErrorMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ErrorMessage
         */
        static fromObject(object: { [k: string]: any }): latency.ErrorMessage;

        /**
         * Creates a plain object from an ErrorMessage message. Also converts values to other types if specified.
         * @param message ErrorMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.ErrorMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ErrorMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ErrorMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ErrorMessage {

        /** Properties of an ErrorMessage. */
        interface $Properties {

            /** ErrorMessage code */
            code?: (string|null);

            /** ErrorMessage message */
            message?: (string|null);

            /** ErrorMessage targetId */
            targetId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ErrorMessage. */
        type $Shape = latency.ErrorMessage.$Properties;
    }

    /**
     * Properties of a Rejection.
     * @deprecated Use latency.Rejection.$Properties instead.
     */
    interface IRejection extends latency.Rejection.$Properties {
    }

    /** Represents a Rejection. */
    class Rejection {

        /**
         * Constructs a new Rejection.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.Rejection.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Rejection index. */
        index: number;

        /** Rejection code. */
        code: string;

        /** Rejection reason. */
        reason: string;

        /**
         * Creates a new Rejection instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Rejection instance
         */
        static create(properties: latency.Rejection.$Shape): latency.Rejection & latency.Rejection.$Shape;
        static create(properties?: latency.Rejection.$Properties): latency.Rejection;

        /**
         * Encodes the specified Rejection message. Does not implicitly {@link latency.Rejection.verify|verify} messages.
         * @param message Rejection message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.Rejection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Rejection message, length delimited. Does not implicitly {@link latency.Rejection.verify|verify} messages.
         * @param message Rejection message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.Rejection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Rejection message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.Rejection & latency.Rejection.$Shape} Rejection
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.Rejection & latency.Rejection.$Shape;

        /**
         * Decodes a Rejection message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.Rejection & latency.Rejection.$Shape} Rejection
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.Rejection & latency.Rejection.$Shape;

        /**
         * Verifies a Rejection message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Rejection
         */
        static fromObject(object: { [k: string]: any }): latency.Rejection;

        /**
         * Creates a plain object from a Rejection message. Also converts values to other types if specified.
         * @param message Rejection
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.Rejection, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Rejection to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Rejection
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Rejection {

        /** Properties of a Rejection. */
        interface $Properties {

            /** Rejection index */
            index?: (number|null);

            /** Rejection code */
            code?: (string|null);

            /** Rejection reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Rejection. */
        type $Shape = latency.Rejection.$Properties;
    }

    /**
     * Properties of an IngestAck.
     * @deprecated Use latency.IngestAck.$Properties instead.
     */
    interface IIngestAck extends latency.IngestAck.$Properties {
    }

    /** Represents an IngestAck. */
    class IngestAck {

        /**
         * Constructs a new IngestAck.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.IngestAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** IngestAck batchId. */
        batchId: (number|Long);

        /** IngestAck accepted. */
        accepted: number;

        /** IngestAck rejected. */
        rejected: latency.Rejection.$Properties[];

        /**
         * Creates a new IngestAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns IngestAck instance
         */
        static create(properties: latency.IngestAck.$Shape): latency.IngestAck & latency.IngestAck.$Shape;
        static create(properties?: latency.IngestAck.$Properties): latency.IngestAck;

        /**
         * Encodes the specified IngestAck message. Does not implicitly {@link latency.IngestAck.verify|verify} messages.
         * @param message IngestAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.IngestAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified IngestAck message, length delimited. Does not implicitly {@link latency.IngestAck.verify|verify} messages.
         * @param message IngestAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.IngestAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an IngestAck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.IngestAck & latency.IngestAck.$Shape} IngestAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.IngestAck & latency.IngestAck.$Shape;

        /**
         * Decodes an IngestAck message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.IngestAck & latency.IngestAck.$Shape} IngestAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.IngestAck & latency.IngestAck.$Shape;

        /**
         * Verifies an IngestAck message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an IngestAck message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns IngestAck
         */
        static fromObject(object: { [k: string]: any }): latency.IngestAck;

        /**
         * Creates a plain object from an IngestAck message. Also converts values to other types if specified.
         * @param message IngestAck
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.IngestAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this IngestAck to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for IngestAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace IngestAck {

        /** Properties of an IngestAck. */
        interface $Properties {

            /** IngestAck batchId */
            batchId?: (number|Long|null);

            /** IngestAck accepted */
            accepted?: (number|null);

            /** IngestAck rejected */
            rejected?: (latency.Rejection.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an IngestAck. */
        type $Shape = latency.IngestAck.$Properties;
    }

    /**
     * Properties of an AlertEvent.
     * @deprecated Use latency.AlertEvent.$Properties instead.
     */
    interface IAlertEvent extends latency.AlertEvent.$Properties {
    }

    /** Represents an AlertEvent. */
    class AlertEvent {

        /**
         * Constructs a new AlertEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.AlertEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertEvent ruleId. */
        ruleId: number;

        /** AlertEvent ruleName. */
        ruleName: string;

        /** AlertEvent targetId. */
        targetId: string;

        /** AlertEvent key. */
        key: string;

        /** AlertEvent metric. */
        metric: string;

        /** AlertEvent op. */
        op: string;

        /** AlertEvent threshold. */
        threshold: number;

        /** AlertEvent value. */
        value: number;

        /** AlertEvent state. */
        state: string;

        /** AlertEvent time. */
        time: (number|Long);

        /** AlertEvent forS. */
        forS: number;

        /**
         * Creates a new AlertEvent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertEvent instance
         */
        static create(properties: latency.AlertEvent.$Shape): latency.AlertEvent & latency.AlertEvent.$Shape;
        static create(properties?: latency.AlertEvent.$Properties): latency.AlertEvent;

        /**
         * Encodes the specified AlertEvent message. Does not implicitly {@link latency.AlertEvent.verify|verify} messages.
         * @param message AlertEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.AlertEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AlertEvent message, length delimited. Does not implicitly {@link latency.AlertEvent.verify|verify} messages.
         * @param message AlertEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.AlertEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.AlertEvent & latency.AlertEvent.$Shape} AlertEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.AlertEvent & latency.AlertEvent.$Shape;

        /**
         * Decodes an AlertEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.AlertEvent & latency.AlertEvent.$Shape} AlertEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.AlertEvent & latency.AlertEvent.$Shape;

        /**
         * Verifies an AlertEvent message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AlertEvent message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AlertEvent
         */
        static fromObject(object: { [k: string]: any }): latency.AlertEvent;

        /**
         * Creates a plain object from an AlertEvent message. Also converts values to other types if specified.
         * @param message AlertEvent
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.AlertEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AlertEvent to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AlertEvent
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AlertEvent {

        /** Properties of an AlertEvent. */
        interface $Properties {

            /** AlertEvent ruleId */
            ruleId?: (number|null);

            /** AlertEvent ruleName */
            ruleName?: (string|null);

            /** AlertEvent targetId */
            targetId?: (string|null);

            /** AlertEvent key */
            key?: (string|null);

            /** AlertEvent metric */
            metric?: (string|null);

            /** AlertEvent op */
            op?: (string|null);

            /** AlertEvent threshold */
            threshold?: (number|null);

            /** AlertEvent value */
            value?: (number|null);

            /** AlertEvent state */
            state?: (string|null);

            /** AlertEvent time */
            time?: (number|Long|null);

            /** AlertEvent forS */
            forS?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertEvent. */
        type $Shape = latency.AlertEvent.$Properties;
    }

    /**
     * Properties of an AlertsUpdate.
     * @deprecated Use latency.AlertsUpdate.$Properties instead.
     */
    interface IAlertsUpdate extends latency.AlertsUpdate.$Properties {
    }

    /** Represents an AlertsUpdate. */
    class AlertsUpdate {

        /**
         * Constructs a new AlertsUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.AlertsUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertsUpdate firing. */
        firing: latency.AlertEvent.$Properties[];

        /** AlertsUpdate changes. */
        changes: latency.AlertEvent.$Properties[];

        /**
         * Creates a new AlertsUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertsUpdate instance
         */
        static create(properties: latency.AlertsUpdate.$Shape): latency.AlertsUpdate & latency.AlertsUpdate.$Shape;
        static create(properties?: latency.AlertsUpdate.$Properties): latency.AlertsUpdate;

        /**
         * Encodes the specified AlertsUpdate message. Does not implicitly {@link latency.AlertsUpdate.verify|verify} messages.
         * @param message AlertsUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.AlertsUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AlertsUpdate message, length delimited. Does not implicitly {@link latency.AlertsUpdate.verify|verify} messages.
         * @param message AlertsUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.AlertsUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertsUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.AlertsUpdate & latency.AlertsUpdate.$Shape} AlertsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.AlertsUpdate & latency.AlertsUpdate.$Shape;

        /**
         * Decodes an AlertsUpdate message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.AlertsUpdate & latency.AlertsUpdate.$Shape} AlertsUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.AlertsUpdate & latency.AlertsUpdate.$Shape;

        /**
         * Verifies an AlertsUpdate message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AlertsUpdate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AlertsUpdate
         */
        static fromObject(object: { [k: string]: any }): latency.AlertsUpdate;

        /**
         * Creates a plain object from an AlertsUpdate message. Also converts values to other types if specified.
         * @param message AlertsUpdate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.AlertsUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AlertsUpdate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AlertsUpdate
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AlertsUpdate {

        /** Properties of an AlertsUpdate. */
        interface $Properties {

            /** AlertsUpdate firing */
            firing?: (latency.AlertEvent.$Properties[]|null);

            /** AlertsUpdate changes */
            changes?: (latency.AlertEvent.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertsUpdate. */
        type $Shape = latency.AlertsUpdate.$Properties;
    }

    /**
     * Properties of a StatsSubscription.
     * @deprecated Use latency.StatsSubscription.$Properties instead.
     */
    interface IStatsSubscription extends latency.StatsSubscription.$Properties {
    }

    /** Represents a StatsSubscription. */
    class StatsSubscription {

        /**
         * Constructs a new StatsSubscription.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.StatsSubscription.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatsSubscription action. */
        action: latency.SubscriptionMessage.Action;

        /**
         * Creates a new StatsSubscription instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatsSubscription instance
         */
        static create(properties: latency.StatsSubscription.$Shape): latency.StatsSubscription & latency.StatsSubscription.$Shape;
        static create(properties?: latency.StatsSubscription.$Properties): latency.StatsSubscription;

        /**
         * Encodes the specified StatsSubscription message. Does not implicitly {@link latency.StatsSubscription.verify|verify} messages.
         * @param message StatsSubscription message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.StatsSubscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatsSubscription message, length delimited. Does not implicitly {@link latency.StatsSubscription.verify|verify} messages.
         * @param message StatsSubscription message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.StatsSubscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatsSubscription message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.StatsSubscription & latency.StatsSubscription.$Shape} StatsSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.StatsSubscription & latency.StatsSubscription.$Shape;

        /**
         * Decodes a StatsSubscription message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.StatsSubscription & latency.StatsSubscription.$Shape} StatsSubscription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.StatsSubscription & latency.StatsSubscription.$Shape;

        /**
         * Verifies a StatsSubscription message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StatsSubscription message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatsSubscription
         */
        static fromObject(object: { [k: string]: any }): latency.StatsSubscription;

        /**
         * Creates a plain object from a StatsSubscription message. Also converts values to other types if specified.
         * @param message StatsSubscription
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.StatsSubscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatsSubscription to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StatsSubscription
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StatsSubscription {

        /** Properties of a StatsSubscription. */
        interface $Properties {

            /** StatsSubscription action */
            action?: (latency.SubscriptionMessage.Action|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatsSubscription. */
        type $Shape = latency.StatsSubscription.$Properties;
    }

    /**
     * Properties of a StatsCounter.
     * @deprecated Use latency.StatsCounter.$Properties instead.
     */
    interface IStatsCounter extends latency.StatsCounter.$Properties {
    }

    /** Represents a StatsCounter. */
    class StatsCounter {

        /**
         * Constructs a new StatsCounter.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.StatsCounter.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatsCounter total. */
        total: (number|Long);

        /** StatsCounter perSecond. */
        perSecond: number;

        /**
         * Creates a new StatsCounter instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatsCounter instance
         */
        static create(properties: latency.StatsCounter.$Shape): latency.StatsCounter & latency.StatsCounter.$Shape;
        static create(properties?: latency.StatsCounter.$Properties): latency.StatsCounter;

        /**
         * Encodes the specified StatsCounter message. Does not implicitly {@link latency.StatsCounter.verify|verify} messages.
         * @param message StatsCounter message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.StatsCounter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatsCounter message, length delimited. Does not implicitly {@link latency.StatsCounter.verify|verify} messages.
         * @param message StatsCounter message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.StatsCounter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatsCounter message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.StatsCounter & latency.StatsCounter.$Shape} StatsCounter
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.StatsCounter & latency.StatsCounter.$Shape;

        /**
         * Decodes a StatsCounter message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.StatsCounter & latency.StatsCounter.$Shape} StatsCounter
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.StatsCounter & latency.StatsCounter.$Shape;

        /**
         * Verifies a StatsCounter message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StatsCounter message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatsCounter
         */
        static fromObject(object: { [k: string]: any }): latency.StatsCounter;

        /**
         * Creates a plain object from a StatsCounter message. Also converts values to other types if specified.
         * @param message StatsCounter
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.StatsCounter, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatsCounter to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StatsCounter
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StatsCounter {

        /** Properties of a StatsCounter. */
        interface $Properties {

            /** StatsCounter total */
            total?: (number|Long|null);

            /** StatsCounter perSecond */
            perSecond?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatsCounter. */
        type $Shape = latency.StatsCounter.$Properties;
    }

    /**
     * Properties of a ServerStats.
     * @deprecated Use latency.ServerStats.$Properties instead.
     */
    interface IServerStats extends latency.ServerStats.$Properties {
    }

    /** Represents a ServerStats. */
    class ServerStats {

        /**
         * Constructs a new ServerStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.ServerStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerStats nodeId. */
        nodeId: string;

        /** ServerStats version. */
        version: string;

        /** ServerStats serverTime. */
        serverTime: (number|Long);

        /** ServerStats seq. */
        seq: (number|Long);

        /** ServerStats intervalS. */
        intervalS: number;

        /** ServerStats uptimeS. */
        uptimeS: number;

        /** ServerStats cpuPercent. */
        cpuPercent: number;

        /** ServerStats cpuCores. */
        cpuCores: number;

        /** ServerStats rssBytes. */
        rssBytes: (number|Long);

        /** ServerStats heapUsedBytes. */
        heapUsedBytes: (number|Long);

        /** ServerStats heapTotalBytes. */
        heapTotalBytes: (number|Long);

        /** ServerStats loopDelayP50Ms. */
        loopDelayP50Ms: number;

        /** ServerStats loopDelayP99Ms. */
        loopDelayP99Ms: number;

        /** ServerStats loopDelayMaxMs. */
        loopDelayMaxMs: number;

        /** ServerStats wsConnections. */
        wsConnections: number;

        /** ServerStats viewers. */
        viewers: number;

        /** ServerStats statsSubscribers. */
        statsSubscribers: number;

        /** ServerStats httpConnections. */
        httpConnections: number;

        /** ServerStats targets. */
        targets: number;

        /** ServerStats ownedTargets. */
        ownedTargets: number;

        /** ServerStats targetsAtLimit. */
        targetsAtLimit: number;

        /** ServerStats series. */
        series: (number|Long);

        /** ServerStats eventsAccepted. */
        eventsAccepted?: (latency.StatsCounter.$Properties|null);

        /** ServerStats eventsRefused. */
        eventsRefused: { [k: string]: latency.StatsCounter.$Properties };

        /** ServerStats batches. */
        batches?: (latency.StatsCounter.$Properties|null);

        /** ServerStats batchesSkipped. */
        batchesSkipped?: (latency.StatsCounter.$Properties|null);

        /** ServerStats resyncs. */
        resyncs?: (latency.StatsCounter.$Properties|null);

        /** ServerStats framesSent. */
        framesSent?: (latency.StatsCounter.$Properties|null);

        /** ServerStats bytesSent. */
        bytesSent?: (latency.StatsCounter.$Properties|null);

        /** ServerStats slowDisconnects. */
        slowDisconnects?: (latency.StatsCounter.$Properties|null);

        /** ServerStats historyState. */
        historyState: string;

        /** ServerStats historyReason. */
        historyReason: string;

        /** ServerStats historyPendingSeconds. */
        historyPendingSeconds: number;

        /** ServerStats historyPendingRows. */
        historyPendingRows: (number|Long);

        /** ServerStats historyDroppedSeconds. */
        historyDroppedSeconds?: (latency.StatsCounter.$Properties|null);

        /** ServerStats historyWriteFailures. */
        historyWriteFailures?: (latency.StatsCounter.$Properties|null);

        /** ServerStats walState. */
        walState: string;

        /** ServerStats walBytes. */
        walBytes: (number|Long);

        /** ServerStats walUnsyncedS. */
        walUnsyncedS: number;

        /** ServerStats walEventsUnlogged. */
        walEventsUnlogged?: (latency.StatsCounter.$Properties|null);

        /** ServerStats alertsFiring. */
        alertsFiring: number;

        /** ServerStats webhooksInFlight. */
        webhooksInFlight: number;

        /** ServerStats webhooksQueued. */
        webhooksQueued: number;

        /** ServerStats webhooksDropped. */
        webhooksDropped?: (latency.StatsCounter.$Properties|null);

        /** ServerStats webhooksFailed. */
        webhooksFailed?: (latency.StatsCounter.$Properties|null);

        /**
         * Creates a new ServerStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerStats instance
         */
        static create(properties: latency.ServerStats.$Shape): latency.ServerStats & latency.ServerStats.$Shape;
        static create(properties?: latency.ServerStats.$Properties): latency.ServerStats;

        /**
         * Encodes the specified ServerStats message. Does not implicitly {@link latency.ServerStats.verify|verify} messages.
         * @param message ServerStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.ServerStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ServerStats message, length delimited. Does not implicitly {@link latency.ServerStats.verify|verify} messages.
         * @param message ServerStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.ServerStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.ServerStats & latency.ServerStats.$Shape} ServerStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.ServerStats & latency.ServerStats.$Shape;

        /**
         * Decodes a ServerStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.ServerStats & latency.ServerStats.$Shape} ServerStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.ServerStats & latency.ServerStats.$Shape;

        /**
         * Verifies a ServerStats message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ServerStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ServerStats
         */
        static fromObject(object: { [k: string]: any }): latency.ServerStats;

        /**
         * Creates a plain object from a ServerStats message. Also converts values to other types if specified.
         * @param message ServerStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.ServerStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ServerStats to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ServerStats
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerStats {

        /** Properties of a ServerStats. */
        interface $Properties {

            /** ServerStats nodeId */
            nodeId?: (string|null);

            /** ServerStats version */
            version?: (string|null);

            /** ServerStats serverTime */
            serverTime?: (number|Long|null);

            /** ServerStats seq */
            seq?: (number|Long|null);

            /** ServerStats intervalS */
            intervalS?: (number|null);

            /** ServerStats uptimeS */
            uptimeS?: (number|null);

            /** ServerStats cpuPercent */
            cpuPercent?: (number|null);

            /** ServerStats cpuCores */
            cpuCores?: (number|null);

            /** ServerStats rssBytes */
            rssBytes?: (number|Long|null);

            /** ServerStats heapUsedBytes */
            heapUsedBytes?: (number|Long|null);

            /** ServerStats heapTotalBytes */
            heapTotalBytes?: (number|Long|null);

            /** ServerStats loopDelayP50Ms */
            loopDelayP50Ms?: (number|null);

            /** ServerStats loopDelayP99Ms */
            loopDelayP99Ms?: (number|null);

            /** ServerStats loopDelayMaxMs */
            loopDelayMaxMs?: (number|null);

            /** ServerStats wsConnections */
            wsConnections?: (number|null);

            /** ServerStats viewers */
            viewers?: (number|null);

            /** ServerStats statsSubscribers */
            statsSubscribers?: (number|null);

            /** ServerStats httpConnections */
            httpConnections?: (number|null);

            /** ServerStats targets */
            targets?: (number|null);

            /** ServerStats ownedTargets */
            ownedTargets?: (number|null);

            /** ServerStats targetsAtLimit */
            targetsAtLimit?: (number|null);

            /** ServerStats series */
            series?: (number|Long|null);

            /** ServerStats eventsAccepted */
            eventsAccepted?: (latency.StatsCounter.$Properties|null);

            /** ServerStats eventsRefused */
            eventsRefused?: ({ [k: string]: latency.StatsCounter.$Properties }|null);

            /** ServerStats batches */
            batches?: (latency.StatsCounter.$Properties|null);

            /** ServerStats batchesSkipped */
            batchesSkipped?: (latency.StatsCounter.$Properties|null);

            /** ServerStats resyncs */
            resyncs?: (latency.StatsCounter.$Properties|null);

            /** ServerStats framesSent */
            framesSent?: (latency.StatsCounter.$Properties|null);

            /** ServerStats bytesSent */
            bytesSent?: (latency.StatsCounter.$Properties|null);

            /** ServerStats slowDisconnects */
            slowDisconnects?: (latency.StatsCounter.$Properties|null);

            /** ServerStats historyState */
            historyState?: (string|null);

            /** ServerStats historyReason */
            historyReason?: (string|null);

            /** ServerStats historyPendingSeconds */
            historyPendingSeconds?: (number|null);

            /** ServerStats historyPendingRows */
            historyPendingRows?: (number|Long|null);

            /** ServerStats historyDroppedSeconds */
            historyDroppedSeconds?: (latency.StatsCounter.$Properties|null);

            /** ServerStats historyWriteFailures */
            historyWriteFailures?: (latency.StatsCounter.$Properties|null);

            /** ServerStats walState */
            walState?: (string|null);

            /** ServerStats walBytes */
            walBytes?: (number|Long|null);

            /** ServerStats walUnsyncedS */
            walUnsyncedS?: (number|null);

            /** ServerStats walEventsUnlogged */
            walEventsUnlogged?: (latency.StatsCounter.$Properties|null);

            /** ServerStats alertsFiring */
            alertsFiring?: (number|null);

            /** ServerStats webhooksInFlight */
            webhooksInFlight?: (number|null);

            /** ServerStats webhooksQueued */
            webhooksQueued?: (number|null);

            /** ServerStats webhooksDropped */
            webhooksDropped?: (latency.StatsCounter.$Properties|null);

            /** ServerStats webhooksFailed */
            webhooksFailed?: (latency.StatsCounter.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerStats. */
        type $Shape = latency.ServerStats.$Properties;
    }

    /**
     * Properties of a ClientMessage.
     * @deprecated Use latency.ClientMessage.$Properties instead.
     */
    interface IClientMessage extends latency.ClientMessage.$Properties {
    }

    /** Represents a ClientMessage. */
    class ClientMessage {

        /**
         * Constructs a new ClientMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.ClientMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientMessage subscription. */
        subscription?: (latency.SubscriptionMessage.$Properties|null);

        /** ClientMessage resync. */
        resync?: (latency.ResyncRequest.$Properties|null);

        /** ClientMessage ping. */
        ping?: (latency.Ping.$Properties|null);

        /** ClientMessage events. */
        events?: (latency.EventBatch.$Properties|null);

        /** ClientMessage statsSubscription. */
        statsSubscription?: (latency.StatsSubscription.$Properties|null);

        /** ClientMessage msg. */
        msg?: ("subscription"|"resync"|"ping"|"events"|"statsSubscription");

        /**
         * Creates a new ClientMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientMessage instance
         */
        static create(properties: latency.ClientMessage.$Shape): latency.ClientMessage & latency.ClientMessage.$Shape;
        static create(properties?: latency.ClientMessage.$Properties): latency.ClientMessage;

        /**
         * Encodes the specified ClientMessage message. Does not implicitly {@link latency.ClientMessage.verify|verify} messages.
         * @param message ClientMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link latency.ClientMessage.verify|verify} messages.
         * @param message ClientMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.ClientMessage & latency.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.ClientMessage & latency.ClientMessage.$Shape;

        /**
         * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.ClientMessage & latency.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.ClientMessage & latency.ClientMessage.$Shape;

        /**
         * Verifies a ClientMessage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClientMessage
         */
        static fromObject(object: { [k: string]: any }): latency.ClientMessage;

        /**
         * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
         * @param message ClientMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.ClientMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClientMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ClientMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClientMessage {

        /** Properties of a ClientMessage. */
        interface $Properties {

            /** ClientMessage subscription */
            subscription?: (latency.SubscriptionMessage.$Properties|null);

            /** ClientMessage resync */
            resync?: (latency.ResyncRequest.$Properties|null);

            /** ClientMessage ping */
            ping?: (latency.Ping.$Properties|null);

            /** ClientMessage events */
            events?: (latency.EventBatch.$Properties|null);

            /** ClientMessage statsSubscription */
            statsSubscription?: (latency.StatsSubscription.$Properties|null);

            /** ClientMessage msg */
            msg?: ("subscription"|"resync"|"ping"|"events"|"statsSubscription");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ClientMessage. */
        type $Shape = {
          subscription?: latency.SubscriptionMessage.$Shape|null;
          resync?: latency.ResyncRequest.$Shape|null;
          ping?: latency.Ping.$Shape|null;
          events?: latency.EventBatch.$Shape|null;
          statsSubscription?: latency.StatsSubscription.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ msg?: undefined; subscription?: null; resync?: null; ping?: null; events?: null; statsSubscription?: null }|{ msg?: "subscription"; subscription: latency.SubscriptionMessage.$Shape; resync?: null; ping?: null; events?: null; statsSubscription?: null }|{ msg?: "resync"; subscription?: null; resync: latency.ResyncRequest.$Shape; ping?: null; events?: null; statsSubscription?: null }|{ msg?: "ping"; subscription?: null; resync?: null; ping: latency.Ping.$Shape; events?: null; statsSubscription?: null }|{ msg?: "events"; subscription?: null; resync?: null; ping?: null; events: latency.EventBatch.$Shape; statsSubscription?: null }|{ msg?: "statsSubscription"; subscription?: null; resync?: null; ping?: null; events?: null; statsSubscription: latency.StatsSubscription.$Shape })
        );
    }

    /**
     * Properties of a ServerMessage.
     * @deprecated Use latency.ServerMessage.$Properties instead.
     */
    interface IServerMessage extends latency.ServerMessage.$Properties {
    }

    /** Represents a ServerMessage. */
    class ServerMessage {

        /**
         * Constructs a new ServerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: latency.ServerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerMessage init. */
        init?: (latency.InitMessage.$Properties|null);

        /** ServerMessage batch. */
        batch?: (latency.MetricsBatch.$Properties|null);

        /** ServerMessage targets. */
        targets?: (latency.TargetsUpdate.$Properties|null);

        /** ServerMessage error. */
        error?: (latency.ErrorMessage.$Properties|null);

        /** ServerMessage ack. */
        ack?: (latency.IngestAck.$Properties|null);

        /** ServerMessage pong. */
        pong?: (latency.Pong.$Properties|null);

        /** ServerMessage alerts. */
        alerts?: (latency.AlertsUpdate.$Properties|null);

        /** ServerMessage stats. */
        stats?: (latency.ServerStats.$Properties|null);

        /** ServerMessage msg. */
        msg?: ("init"|"batch"|"targets"|"error"|"ack"|"pong"|"alerts"|"stats");

        /**
         * Creates a new ServerMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerMessage instance
         */
        static create(properties: latency.ServerMessage.$Shape): latency.ServerMessage & latency.ServerMessage.$Shape;
        static create(properties?: latency.ServerMessage.$Properties): latency.ServerMessage;

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link latency.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: latency.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link latency.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: latency.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {latency.ServerMessage & latency.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): latency.ServerMessage & latency.ServerMessage.$Shape;

        /**
         * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {latency.ServerMessage & latency.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): latency.ServerMessage & latency.ServerMessage.$Shape;

        /**
         * Verifies a ServerMessage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ServerMessage
         */
        static fromObject(object: { [k: string]: any }): latency.ServerMessage;

        /**
         * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
         * @param message ServerMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: latency.ServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ServerMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ServerMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerMessage {

        /** Properties of a ServerMessage. */
        interface $Properties {

            /** ServerMessage init */
            init?: (latency.InitMessage.$Properties|null);

            /** ServerMessage batch */
            batch?: (latency.MetricsBatch.$Properties|null);

            /** ServerMessage targets */
            targets?: (latency.TargetsUpdate.$Properties|null);

            /** ServerMessage error */
            error?: (latency.ErrorMessage.$Properties|null);

            /** ServerMessage ack */
            ack?: (latency.IngestAck.$Properties|null);

            /** ServerMessage pong */
            pong?: (latency.Pong.$Properties|null);

            /** ServerMessage alerts */
            alerts?: (latency.AlertsUpdate.$Properties|null);

            /** ServerMessage stats */
            stats?: (latency.ServerStats.$Properties|null);

            /** ServerMessage msg */
            msg?: ("init"|"batch"|"targets"|"error"|"ack"|"pong"|"alerts"|"stats");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ServerMessage. */
        type $Shape = {
          init?: latency.InitMessage.$Shape|null;
          batch?: latency.MetricsBatch.$Shape|null;
          targets?: latency.TargetsUpdate.$Shape|null;
          error?: latency.ErrorMessage.$Shape|null;
          ack?: latency.IngestAck.$Shape|null;
          pong?: latency.Pong.$Shape|null;
          alerts?: latency.AlertsUpdate.$Shape|null;
          stats?: latency.ServerStats.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ msg?: undefined; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "init"; init: latency.InitMessage.$Shape; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "batch"; init?: null; batch: latency.MetricsBatch.$Shape; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "targets"; init?: null; batch?: null; targets: latency.TargetsUpdate.$Shape; error?: null; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "error"; init?: null; batch?: null; targets?: null; error: latency.ErrorMessage.$Shape; ack?: null; pong?: null; alerts?: null; stats?: null }|{ msg?: "ack"; init?: null; batch?: null; targets?: null; error?: null; ack: latency.IngestAck.$Shape; pong?: null; alerts?: null; stats?: null }|{ msg?: "pong"; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong: latency.Pong.$Shape; alerts?: null; stats?: null }|{ msg?: "alerts"; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts: latency.AlertsUpdate.$Shape; stats?: null }|{ msg?: "stats"; init?: null; batch?: null; targets?: null; error?: null; ack?: null; pong?: null; alerts?: null; stats: latency.ServerStats.$Shape })
        );
    }
}
