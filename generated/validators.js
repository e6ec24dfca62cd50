// Precompiled validators (ajv standalone).
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

import * as runtimeModule0 from "ajv/dist/runtime/ucs2length.js";
import * as runtimeModule1 from "ajv-formats/dist/formats.js";
const commonjs = (ns) => (ns.default !== null && typeof ns.default === "object" ? ns.default : ns);
const runtime0 = commonjs(runtimeModule0);
const runtime1 = commonjs(runtimeModule1);
export const eventJoin = validate10;const schema11 = {"title":"JoinRequest","type":"object","additionalProperties":false,"required":["channels"],"properties":{"channels":{"type":"array","maxItems":500,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}}}};const pattern0 = new RegExp("^[0-9a-f]{24}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channels === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "channels")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channels !== undefined){
let data0 = data.channels;
if(Array.isArray(data0)){
if(data0.length > 500){
const err2 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err3 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
export const eventChat = validate11;const schema12 = {"title":"ChatRequest","description":"A `chat` request, discriminated by `chatType` (D-09).","discriminator":{"propertyName":"chatType"},"oneOf":[{"title":"NewChatRequest","type":"object","additionalProperties":false,"required":["chatType","channelId","content"],"properties":{"chatType":{"type":"string","const":"new"},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}},{"title":"ModifyChatRequest","type":"object","additionalProperties":false,"required":["chatType","channelId","chatId","content"],"properties":{"chatType":{"type":"string","const":"modify"},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"chatId":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}},{"title":"DeleteChatRequest","type":"object","additionalProperties":false,"required":["chatType","channelId","chatId"],"properties":{"chatType":{"type":"string","const":"delete"},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"chatId":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]}}}],"type":"object"};const pattern2 = new RegExp("^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$", "u");const func2 = runtime0.default;function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.chatType;
if(typeof tag0 == "string"){
if(tag0 === "new"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.chatType === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "chatType"},message:"must have required property '"+"chatType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channelId === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "chatType") || (key0 === "channelId")) || (key0 === "content"))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.chatType !== undefined){
let data0 = data.chatType;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/0/properties/chatType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("new" !== data0){
const err5 = {instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/0/properties/chatType/const",keyword:"const",params:{allowedValue: "new"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.channelId !== undefined){
let data1 = data.channelId;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(typeof data2 === "string"){
if(func2(data2) > 300){
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern2.test(data2)){
const err10 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else if(tag0 === "modify"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.chatType === undefined){
const err13 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "chatType"},message:"must have required property '"+"chatType"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.channelId === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.chatId === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "chatId"},message:"must have required property '"+"chatId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.content === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "chatType") || (key1 === "channelId")) || (key1 === "chatId")) || (key1 === "content"))){
const err17 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.chatType !== undefined){
let data3 = data.chatType;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/1/properties/chatType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("modify" !== data3){
const err19 = {instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/1/properties/chatType/const",keyword:"const",params:{allowedValue: "modify"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.channelId !== undefined){
let data4 = data.channelId;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err20 = {instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/1/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/1/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.chatId !== undefined){
let data5 = data.chatId;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err22 = {instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/1/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/1/properties/chatId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/1/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.content !== undefined){
let data6 = data.content;
if(typeof data6 === "string"){
if(func2(data6) > 300){
const err25 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data6) < 1){
const err26 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern2.test(data6)){
const err27 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else if(tag0 === "delete"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.chatType === undefined){
const err30 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "chatType"},message:"must have required property '"+"chatType"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.channelId === undefined){
const err31 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.chatId === undefined){
const err32 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "chatId"},message:"must have required property '"+"chatId"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data){
if(!(((key2 === "chatType") || (key2 === "channelId")) || (key2 === "chatId"))){
const err33 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.chatType !== undefined){
let data7 = data.chatType;
if(typeof data7 !== "string"){
const err34 = {instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/2/properties/chatType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("delete" !== data7){
const err35 = {instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/2/properties/chatType/const",keyword:"const",params:{allowedValue: "delete"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.channelId !== undefined){
let data8 = data.channelId;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err36 = {instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/2/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/2/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.chatId !== undefined){
let data9 = data.chatId;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err38 = {instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/2/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
const err39 = {instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/2/properties/chatId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err40 = {instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/2/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "chatType", tagValue: tag0},message:"value of tag \"chatType\" must be in oneOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "chatType", tagValue: tag0},message:"tag \"chatType\" must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
export const eventInviteUsersToChannel = validate12;const schema13 = {"title":"InviteRequest","type":"object","additionalProperties":false,"required":["communityId","channelId","users"],"properties":{"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"users":{"title":"UserIds","description":"The users to invite: 1 to 100 distinct user ids. See D-16.","type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba","63908bcc2258e789af7d73ad"]]}}};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.communityId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channelId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.users === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "communityId") || (key0 === "channelId")) || (key0 === "users"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.communityId !== undefined){
let data0 = data.communityId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.channelId !== undefined){
let data1 = data.channelId;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.users !== undefined){
let data2 = data.users;
if(Array.isArray(data2)){
if(data2.length > 100){
const err8 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err10 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
export const eventNewChat = validate13;const schema14 = {"title":"LiveChat","description":"A `Chat` that is not deleted, so it has no `deletedAt` (the property is forbidden, not `null`): what `new-chat` and `modify-chat` broadcast and what the REST create, modify and list answer. See D-12, D-29.","allOf":[{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","properties":{"deletedAt":false}}],"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]};const func6 = Object.prototype.hasOwnProperty;const pattern13 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$", "u");const formats0 = runtime1.fullFormats["date-time"];function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.senderId === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channelId === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.communityId === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.createdAt === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.updatedAt === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func6.call(schema14.allOf[0].properties, key0))){
const err8 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data1 === "TEXT") || (data1 === "IMAGE")) || (data1 === "SYSTEM"))){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema14.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(typeof data2 === "string"){
if(func2(data2) > 300){
const err14 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern2.test(data2)){
const err16 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.senderId !== undefined){
let data3 = data.senderId;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err18 = {instancePath:instancePath+"/senderId",schemaPath:"#/allOf/0/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/senderId",schemaPath:"#/allOf/0/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.channelId !== undefined){
let data4 = data.channelId;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err20 = {instancePath:instancePath+"/channelId",schemaPath:"#/allOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/channelId",schemaPath:"#/allOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.communityId !== undefined){
let data5 = data.communityId;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err22 = {instancePath:instancePath+"/communityId",schemaPath:"#/allOf/0/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/communityId",schemaPath:"#/allOf/0/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data6 = data.createdAt;
if(typeof data6 === "string"){
if(!pattern13.test(data6)){
const err24 = {instancePath:instancePath+"/createdAt",schemaPath:"#/allOf/0/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(formats0.validate(data6))){
const err25 = {instancePath:instancePath+"/createdAt",schemaPath:"#/allOf/0/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/createdAt",schemaPath:"#/allOf/0/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.updatedAt !== undefined){
let data7 = data.updatedAt;
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err27 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/allOf/0/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0.validate(data7))){
const err28 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/allOf/0/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/allOf/0/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.deletedAt !== undefined){
let data8 = data.deletedAt;
if(typeof data8 === "string"){
if(!pattern13.test(data8)){
const err30 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/0/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(formats0.validate(data8))){
const err31 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/0/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/0/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.deletedAt !== undefined){
const err34 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/1/properties/deletedAt/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}
export const eventDeleteChat = validate14;const schema15 = {"title":"DeletedChat","description":"A `Chat` whose `deletedAt` is set: what `delete-chat` broadcasts and what `DELETE /api/channels/{channelId}/chats/{chatId}` answers. Deleting sets `deletedAt` (and `updatedAt` to the same instant) and keeps `content`. See D-12, D-15.","allOf":[{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","required":["deletedAt"],"properties":{"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}}}],"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:15:40.001Z","deletedAt":"2022-12-11T16:15:40.001Z"}]};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.senderId === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channelId === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.communityId === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.createdAt === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.updatedAt === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func6.call(schema15.allOf[0].properties, key0))){
const err8 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data1 === "TEXT") || (data1 === "IMAGE")) || (data1 === "SYSTEM"))){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema15.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(typeof data2 === "string"){
if(func2(data2) > 300){
const err14 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern2.test(data2)){
const err16 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.senderId !== undefined){
let data3 = data.senderId;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err18 = {instancePath:instancePath+"/senderId",schemaPath:"#/allOf/0/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/senderId",schemaPath:"#/allOf/0/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.channelId !== undefined){
let data4 = data.channelId;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err20 = {instancePath:instancePath+"/channelId",schemaPath:"#/allOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/channelId",schemaPath:"#/allOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.communityId !== undefined){
let data5 = data.communityId;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err22 = {instancePath:instancePath+"/communityId",schemaPath:"#/allOf/0/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/communityId",schemaPath:"#/allOf/0/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data6 = data.createdAt;
if(typeof data6 === "string"){
if(!pattern13.test(data6)){
const err24 = {instancePath:instancePath+"/createdAt",schemaPath:"#/allOf/0/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(formats0.validate(data6))){
const err25 = {instancePath:instancePath+"/createdAt",schemaPath:"#/allOf/0/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/createdAt",schemaPath:"#/allOf/0/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.updatedAt !== undefined){
let data7 = data.updatedAt;
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err27 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/allOf/0/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0.validate(data7))){
const err28 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/allOf/0/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/allOf/0/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.deletedAt !== undefined){
let data8 = data.deletedAt;
if(typeof data8 === "string"){
if(!pattern13.test(data8)){
const err30 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/0/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(formats0.validate(data8))){
const err31 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/0/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/0/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.deletedAt === undefined){
const err34 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "deletedAt"},message:"must have required property '"+"deletedAt"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.deletedAt !== undefined){
let data9 = data.deletedAt;
if(typeof data9 === "string"){
if(!pattern13.test(data9)){
const err35 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/1/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(formats0.validate(data9))){
const err36 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/1/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/allOf/1/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
export const eventInvitedToChannel = validate15;const schema16 = {"title":"Channel","description":"A channel as announced to an invited user (`invited-to-channel`). It carries no list of members. `existUnreadChat` is true when the channel holds at least one chat that is not deleted. See D-17.","type":"object","additionalProperties":false,"required":["_id","managerId","name","isPrivate","description","type","createdAt","updatedAt","existUnreadChat","communityId"],"properties":{"_id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"managerId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"name":{"type":"string","minLength":1,"maxLength":100},"isPrivate":{"type":"boolean"},"description":{"type":"string","maxLength":1000},"type":{"type":"string","enum":["Channel","DM"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"existUnreadChat":{"type":"boolean"},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}},"examples":[{"_id":"63946d71d0e70368d5be77fa","managerId":"63908bdc2258e789af7d73ba","name":"dfa","isPrivate":true,"description":"","type":"Channel","createdAt":"2022-12-10T11:28:49.904Z","updatedAt":"2022-12-10T11:28:59.207Z","existUnreadChat":false,"communityId":"63908b6d2258e789af7d7394"}]};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data._id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "_id"},message:"must have required property '"+"_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.managerId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "managerId"},message:"must have required property '"+"managerId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.isPrivate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "isPrivate"},message:"must have required property '"+"isPrivate"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.description === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.createdAt === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.updatedAt === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.existUnreadChat === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "existUnreadChat"},message:"must have required property '"+"existUnreadChat"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.communityId === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func6.call(schema16.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data._id !== undefined){
let data0 = data._id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err11 = {instancePath:instancePath+"/_id",schemaPath:"#/properties/_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/_id",schemaPath:"#/properties/_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.managerId !== undefined){
let data1 = data.managerId;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err13 = {instancePath:instancePath+"/managerId",schemaPath:"#/properties/managerId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/managerId",schemaPath:"#/properties/managerId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data2) < 1){
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.isPrivate !== undefined){
if(typeof data.isPrivate !== "boolean"){
const err18 = {instancePath:instancePath+"/isPrivate",schemaPath:"#/properties/isPrivate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func2(data4) > 1000){
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err21 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((data5 === "Channel") || (data5 === "DM"))){
const err22 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data6 = data.createdAt;
if(typeof data6 === "string"){
if(!pattern13.test(data6)){
const err23 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(formats0.validate(data6))){
const err24 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.updatedAt !== undefined){
let data7 = data.updatedAt;
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err26 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats0.validate(data7))){
const err27 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.existUnreadChat !== undefined){
if(typeof data.existUnreadChat !== "boolean"){
const err29 = {instancePath:instancePath+"/existUnreadChat",schemaPath:"#/properties/existUnreadChat/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.communityId !== undefined){
let data9 = data.communityId;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err30 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
export const eventConnectError = validate16;const schema17 = {"title":"ConnectError","description":"The `connect_error` Socket.IO gives the client: `message` MUST be `Unauthorized` or `Forbidden`; `data.code` SHOULD say which check refused the connection.","type":"object","additionalProperties":false,"required":["message"],"properties":{"message":{"type":"string","enum":["Unauthorized","Forbidden"]},"data":{"type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","enum":["TOKEN_MISSING","TOKEN_INVALID","TOKEN_EXPIRED","NOT_A_MEMBER","UNKNOWN_COMMUNITY"]}}}}};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "message") || (key0 === "data"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.message !== undefined){
let data0 = data.message;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "Unauthorized") || (data0 === "Forbidden"))){
const err3 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/enum",keyword:"enum",params:{allowedValues: schema17.properties.message.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err4 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "code")){
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.code !== undefined){
let data2 = data1.code;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/data/code",schemaPath:"#/properties/data/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data2 === "TOKEN_MISSING") || (data2 === "TOKEN_INVALID")) || (data2 === "TOKEN_EXPIRED")) || (data2 === "NOT_A_MEMBER")) || (data2 === "UNKNOWN_COMMUNITY"))){
const err7 = {instancePath:instancePath+"/data/code",schemaPath:"#/properties/data/properties/code/enum",keyword:"enum",params:{allowedValues: schema17.properties.data.properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
export const ackJoin = validate17;const schema18 = {"title":"JoinAck","description":"`joined` lists the channels this socket is now subscribed to among those requested. `reason` is present only when the request was refused as a whole.","type":"object","additionalProperties":false,"required":["joined"],"properties":{"joined":{"type":"array","items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}},"reason":{"title":"FailureReason","description":"Why a write was refused. `INVALID_PAYLOAD`: the request does not match its schema. `FORBIDDEN`: the user may not do this. `NOT_FOUND`: the channel (in this community) or the chat does not exist, or is deleted. `UNAVAILABLE`: the server could not complete the write (nothing was written). See D-14.","type":"string","enum":["INVALID_PAYLOAD","FORBIDDEN","NOT_FOUND","UNAVAILABLE"]}}};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.joined === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "joined"},message:"must have required property '"+"joined"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "joined") || (key0 === "reason"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.joined !== undefined){
let data0 = data.joined;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err2 = {instancePath:instancePath+"/joined/" + i0,schemaPath:"#/properties/joined/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/joined/" + i0,schemaPath:"#/properties/joined/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/joined",schemaPath:"#/properties/joined/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((data2 === "INVALID_PAYLOAD") || (data2 === "FORBIDDEN")) || (data2 === "NOT_FOUND")) || (data2 === "UNAVAILABLE"))){
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema18.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}
export const ackChat = validate18;const schema19 = {"title":"ChatAck","description":"Exactly one of the two shapes; `chatInfo` only on success (D-14).","oneOf":[{"title":"ChatWritten","type":"object","additionalProperties":false,"required":["written","chatInfo"],"properties":{"written":{"type":"boolean","const":true},"chatInfo":{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]}}},{"title":"WriteRefused","description":"A refused write. `reason` SHOULD be present.","type":"object","additionalProperties":false,"required":["written"],"properties":{"written":{"type":"boolean","const":false},"reason":{"title":"FailureReason","description":"Why a write was refused. `INVALID_PAYLOAD`: the request does not match its schema. `FORBIDDEN`: the user may not do this. `NOT_FOUND`: the channel (in this community) or the chat does not exist, or is deleted. `UNAVAILABLE`: the server could not complete the write (nothing was written). See D-14.","type":"string","enum":["INVALID_PAYLOAD","FORBIDDEN","NOT_FOUND","UNAVAILABLE"]}}}]};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.written === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.chatInfo === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "chatInfo"},message:"must have required property '"+"chatInfo"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "written") || (key0 === "chatInfo"))){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.written !== undefined){
let data0 = data.written;
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/0/properties/written/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(true !== data0){
const err4 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/0/properties/written/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.chatInfo !== undefined){
let data1 = data.chatInfo;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err5 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.type === undefined){
const err6 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.content === undefined){
const err7 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.senderId === undefined){
const err8 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.channelId === undefined){
const err9 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.communityId === undefined){
const err10 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.createdAt === undefined){
const err11 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.updatedAt === undefined){
const err12 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data1){
if(!(func6.call(schema19.oneOf[0].properties.chatInfo.properties, key1))){
const err13 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/chatInfo/id",schemaPath:"#/oneOf/0/properties/chatInfo/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/chatInfo/id",schemaPath:"#/oneOf/0/properties/chatInfo/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/chatInfo/id",schemaPath:"#/oneOf/0/properties/chatInfo/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data1.type !== undefined){
let data3 = data1.type;
if(typeof data3 !== "string"){
const err17 = {instancePath:instancePath+"/chatInfo/type",schemaPath:"#/oneOf/0/properties/chatInfo/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data3 === "TEXT") || (data3 === "IMAGE")) || (data3 === "SYSTEM"))){
const err18 = {instancePath:instancePath+"/chatInfo/type",schemaPath:"#/oneOf/0/properties/chatInfo/properties/type/enum",keyword:"enum",params:{allowedValues: schema19.oneOf[0].properties.chatInfo.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.content !== undefined){
let data4 = data1.content;
if(typeof data4 === "string"){
if(func2(data4) > 300){
const err19 = {instancePath:instancePath+"/chatInfo/content",schemaPath:"#/oneOf/0/properties/chatInfo/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data4) < 1){
const err20 = {instancePath:instancePath+"/chatInfo/content",schemaPath:"#/oneOf/0/properties/chatInfo/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern2.test(data4)){
const err21 = {instancePath:instancePath+"/chatInfo/content",schemaPath:"#/oneOf/0/properties/chatInfo/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/chatInfo/content",schemaPath:"#/oneOf/0/properties/chatInfo/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1.senderId !== undefined){
let data5 = data1.senderId;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err23 = {instancePath:instancePath+"/chatInfo/senderId",schemaPath:"#/oneOf/0/properties/chatInfo/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/chatInfo/senderId",schemaPath:"#/oneOf/0/properties/chatInfo/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.channelId !== undefined){
let data6 = data1.channelId;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err25 = {instancePath:instancePath+"/chatInfo/channelId",schemaPath:"#/oneOf/0/properties/chatInfo/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/chatInfo/channelId",schemaPath:"#/oneOf/0/properties/chatInfo/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.communityId !== undefined){
let data7 = data1.communityId;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err27 = {instancePath:instancePath+"/chatInfo/communityId",schemaPath:"#/oneOf/0/properties/chatInfo/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/chatInfo/communityId",schemaPath:"#/oneOf/0/properties/chatInfo/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.createdAt !== undefined){
let data8 = data1.createdAt;
if(typeof data8 === "string"){
if(!pattern13.test(data8)){
const err29 = {instancePath:instancePath+"/chatInfo/createdAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0.validate(data8))){
const err30 = {instancePath:instancePath+"/chatInfo/createdAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/chatInfo/createdAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1.updatedAt !== undefined){
let data9 = data1.updatedAt;
if(typeof data9 === "string"){
if(!pattern13.test(data9)){
const err32 = {instancePath:instancePath+"/chatInfo/updatedAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(formats0.validate(data9))){
const err33 = {instancePath:instancePath+"/chatInfo/updatedAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/chatInfo/updatedAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.deletedAt !== undefined){
let data10 = data1.deletedAt;
if(typeof data10 === "string"){
if(!pattern13.test(data10)){
const err35 = {instancePath:instancePath+"/chatInfo/deletedAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(formats0.validate(data10))){
const err36 = {instancePath:instancePath+"/chatInfo/deletedAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/chatInfo/deletedAt",schemaPath:"#/oneOf/0/properties/chatInfo/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/chatInfo",schemaPath:"#/oneOf/0/properties/chatInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.written === undefined){
const err40 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key2 in data){
if(!((key2 === "written") || (key2 === "reason"))){
const err41 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.written !== undefined){
let data11 = data.written;
if(typeof data11 !== "boolean"){
const err42 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/1/properties/written/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(false !== data11){
const err43 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/1/properties/written/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.reason !== undefined){
let data12 = data.reason;
if(typeof data12 !== "string"){
const err44 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((((data12 === "INVALID_PAYLOAD") || (data12 === "FORBIDDEN")) || (data12 === "NOT_FOUND")) || (data12 === "UNAVAILABLE"))){
const err45 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/1/properties/reason/enum",keyword:"enum",params:{allowedValues: schema19.oneOf[1].properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs27 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err47 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate18.errors = vErrors;
return errors === 0;
}
export const ackInviteUsersToChannel = validate19;const schema20 = {"title":"InviteAck","oneOf":[{"title":"InviteWritten","type":"object","additionalProperties":false,"required":["written","invited"],"properties":{"written":{"type":"boolean","const":true},"invited":{"title":"InvitedUsers","description":"The users an invitation newly added to the channel, in request order. Users who were already members are not listed. See D-16.","type":"array","maxItems":100,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba"]]}}},{"title":"WriteRefused","description":"A refused write. `reason` SHOULD be present.","type":"object","additionalProperties":false,"required":["written"],"properties":{"written":{"type":"boolean","const":false},"reason":{"title":"FailureReason","description":"Why a write was refused. `INVALID_PAYLOAD`: the request does not match its schema. `FORBIDDEN`: the user may not do this. `NOT_FOUND`: the channel (in this community) or the chat does not exist, or is deleted. `UNAVAILABLE`: the server could not complete the write (nothing was written). See D-14.","type":"string","enum":["INVALID_PAYLOAD","FORBIDDEN","NOT_FOUND","UNAVAILABLE"]}}}]};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.written === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.invited === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "invited"},message:"must have required property '"+"invited"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "written") || (key0 === "invited"))){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.written !== undefined){
let data0 = data.written;
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/0/properties/written/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(true !== data0){
const err4 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/0/properties/written/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.invited !== undefined){
let data1 = data.invited;
if(Array.isArray(data1)){
if(data1.length > 100){
const err5 = {instancePath:instancePath+"/invited",schemaPath:"#/oneOf/0/properties/invited/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/invited/" + i0,schemaPath:"#/oneOf/0/properties/invited/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/invited/" + i0,schemaPath:"#/oneOf/0/properties/invited/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/invited",schemaPath:"#/oneOf/0/properties/invited/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.written === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "written"},message:"must have required property '"+"written"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data){
if(!((key1 === "written") || (key1 === "reason"))){
const err11 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.written !== undefined){
let data3 = data.written;
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/1/properties/written/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(false !== data3){
const err13 = {instancePath:instancePath+"/written",schemaPath:"#/oneOf/1/properties/written/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data4 === "INVALID_PAYLOAD") || (data4 === "FORBIDDEN")) || (data4 === "NOT_FOUND")) || (data4 === "UNAVAILABLE"))){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/1/properties/reason/enum",keyword:"enum",params:{allowedValues: schema20.oneOf[1].properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err17 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate19.errors = vErrors;
return errors === 0;
}
export const restCreateChatRequest = validate20;const schema21 = {"title":"CreateChatBody","type":"object","additionalProperties":false,"required":["type","content"],"properties":{"type":{"type":"string","const":"TEXT"},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.content === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "content"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("TEXT" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "TEXT"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err5 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern2.test(data1)){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse201 = validate21;const schema22 = {"title":"ChatResponse201","allOf":[{"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}},{"type":"object","required":["statusCode","result"],"properties":{"statusCode":{"const":201},"result":{"title":"CreatedChat","description":"The chat a REST create answers: a live chat (no `deletedAt`) of `type` `TEXT`, the only kind a client creates (D-11, D-29).","allOf":[{"title":"LiveChat","description":"A `Chat` that is not deleted, so it has no `deletedAt` (the property is forbidden, not `null`): what `new-chat` and `modify-chat` broadcast and what the REST create, modify and list answer. See D-12, D-29.","allOf":[{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","properties":{"deletedAt":false}}],"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","required":["type"],"properties":{"type":{"const":"TEXT"}}}]}}}]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.result === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.statusCode !== undefined){
if(201 !== data.statusCode){
const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 201},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.type === undefined){
const err11 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.content === undefined){
const err12 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.senderId === undefined){
const err13 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.channelId === undefined){
const err14 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.communityId === undefined){
const err15 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.createdAt === undefined){
const err16 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.updatedAt === undefined){
const err17 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data2){
if(!(func6.call(schema22.allOf[1].properties.result.allOf[0].allOf[0].properties, key1))){
const err18 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err19 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data4 === "TEXT") || (data4 === "IMAGE")) || (data4 === "SYSTEM"))){
const err23 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema22.allOf[1].properties.result.allOf[0].allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.content !== undefined){
let data5 = data2.content;
if(typeof data5 === "string"){
if(func2(data5) > 300){
const err24 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data5) < 1){
const err25 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern2.test(data5)){
const err26 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.senderId !== undefined){
let data6 = data2.senderId;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err28 = {instancePath:instancePath+"/result/senderId",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/result/senderId",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.channelId !== undefined){
let data7 = data2.channelId;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err30 = {instancePath:instancePath+"/result/channelId",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/result/channelId",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.communityId !== undefined){
let data8 = data2.communityId;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err32 = {instancePath:instancePath+"/result/communityId",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/result/communityId",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data2.createdAt !== undefined){
let data9 = data2.createdAt;
if(typeof data9 === "string"){
if(!pattern13.test(data9)){
const err34 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(formats0.validate(data9))){
const err35 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data2.updatedAt !== undefined){
let data10 = data2.updatedAt;
if(typeof data10 === "string"){
if(!pattern13.test(data10)){
const err37 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(formats0.validate(data10))){
const err38 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data2.deletedAt !== undefined){
let data11 = data2.deletedAt;
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
const err40 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data11))){
const err41 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.deletedAt !== undefined){
const err44 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/1/properties/deletedAt/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err46 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data2.type !== undefined){
if("TEXT" !== data2.type){
const err47 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "TEXT"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse400 = validate22;const schema23 = {"title":"Error400","description":"The error body of a 400 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":400},"error":{"const":"Bad Request"}}}],"examples":[{"statusCode":400,"message":["content must be 1 to 300 code points"],"error":"Bad Request"}]};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(400 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 400},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Bad Request" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Bad Request"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse401 = validate23;const schema24 = {"title":"Error401","description":"The error body of a 401 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":401},"error":{"const":"Unauthorized"}}}],"examples":[{"statusCode":401,"message":"Unauthorized","error":"Unauthorized"}]};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(401 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 401},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Unauthorized" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Unauthorized"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse403 = validate24;const schema25 = {"title":"Error403","description":"The error body of a 403 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":403},"error":{"const":"Forbidden"}}}],"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(403 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 403},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Forbidden" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Forbidden"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse404 = validate25;const schema26 = {"title":"Error404","description":"The error body of a 404 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":404},"error":{"const":"Not Found"}}}],"examples":[{"statusCode":404,"message":"chat not found","error":"Not Found"}]};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(404 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 404},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Not Found" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Not Found"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse405 = validate26;const schema27 = {"title":"Error405","description":"The error body of a 405 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":405},"error":{"const":"Method Not Allowed"}}}],"examples":[{"statusCode":405,"message":"PUT is not allowed here (allowed: POST)","error":"Method Not Allowed"}]};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(405 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 405},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Method Not Allowed" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Method Not Allowed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse413 = validate27;const schema28 = {"title":"Error413","description":"The error body of a 413 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":413},"error":{"const":"Payload Too Large"}}}],"examples":[{"statusCode":413,"message":"the body exceeds 1048576 bytes","error":"Payload Too Large"}]};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(413 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 413},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Payload Too Large" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Payload Too Large"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse500 = validate28;const schema29 = {"title":"Error500","description":"The error body of a 500 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":500},"error":{"const":"Internal Server Error"}}}],"examples":[{"statusCode":500,"message":"Internal Server Error","error":"Internal Server Error"}]};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(500 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 500},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Internal Server Error" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Internal Server Error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
export const restCreateChatResponse503 = validate29;const schema30 = {"title":"Error503","description":"The error body of a 503 response; `statusCode` and `error` are fixed (D-30).","allOf":[{"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]},{"type":"object","properties":{"statusCode":{"const":503},"error":{"const":"Service Unavailable"}}}],"examples":[{"statusCode":503,"message":"the server is shutting down","error":"Service Unavailable"}]};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/allOf/0/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/allOf/0/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode !== undefined){
if(503 !== data.statusCode){
const err13 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 503},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error !== undefined){
if("Service Unavailable" !== data.error){
const err14 = {instancePath:instancePath+"/error",schemaPath:"#/allOf/1/properties/error/const",keyword:"const",params:{allowedValue: "Service Unavailable"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
export const restListChatsResponse200 = validate30;const schema31 = {"title":"ChatPageResponse200","allOf":[{"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}},{"type":"object","required":["statusCode","result"],"properties":{"statusCode":{"const":200},"result":{"title":"ChatPage","type":"object","additionalProperties":false,"required":["chats","hasMore"],"properties":{"chats":{"type":"array","maxItems":100,"items":{"title":"LiveChat","description":"A `Chat` that is not deleted, so it has no `deletedAt` (the property is forbidden, not `null`): what `new-chat` and `modify-chat` broadcast and what the REST create, modify and list answer. See D-12, D-29.","allOf":[{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","properties":{"deletedAt":false}}],"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]}},"hasMore":{"type":"boolean"},"nextBefore":{"title":"ChatId","description":"Present when `hasMore`; the lowest id of this page.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]}}}}}]};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.result === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.statusCode !== undefined){
if(200 !== data.statusCode){
const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.chats === undefined){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/required",keyword:"required",params:{missingProperty: "chats"},message:"must have required property '"+"chats"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.hasMore === undefined){
const err11 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/required",keyword:"required",params:{missingProperty: "hasMore"},message:"must have required property '"+"hasMore"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "chats") || (key1 === "hasMore")) || (key1 === "nextBefore"))){
const err12 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.chats !== undefined){
let data3 = data2.chats;
if(Array.isArray(data3)){
if(data3.length > 100){
const err13 = {instancePath:instancePath+"/result/chats",schemaPath:"#/allOf/1/properties/result/properties/chats/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err14 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.type === undefined){
const err15 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.content === undefined){
const err16 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.senderId === undefined){
const err17 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.channelId === undefined){
const err18 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.communityId === undefined){
const err19 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.createdAt === undefined){
const err20 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data4.updatedAt === undefined){
const err21 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data4){
if(!(func6.call(schema31.allOf[1].properties.result.properties.chats.items.allOf[0].properties, key2))){
const err22 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err23 = {instancePath:instancePath+"/result/chats/" + i0+"/id",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/result/chats/" + i0+"/id",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/result/chats/" + i0+"/id",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data4.type !== undefined){
let data6 = data4.type;
if(typeof data6 !== "string"){
const err26 = {instancePath:instancePath+"/result/chats/" + i0+"/type",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(((data6 === "TEXT") || (data6 === "IMAGE")) || (data6 === "SYSTEM"))){
const err27 = {instancePath:instancePath+"/result/chats/" + i0+"/type",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.allOf[1].properties.result.properties.chats.items.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data4.content !== undefined){
let data7 = data4.content;
if(typeof data7 === "string"){
if(func2(data7) > 300){
const err28 = {instancePath:instancePath+"/result/chats/" + i0+"/content",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data7) < 1){
const err29 = {instancePath:instancePath+"/result/chats/" + i0+"/content",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern2.test(data7)){
const err30 = {instancePath:instancePath+"/result/chats/" + i0+"/content",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/result/chats/" + i0+"/content",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data4.senderId !== undefined){
let data8 = data4.senderId;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err32 = {instancePath:instancePath+"/result/chats/" + i0+"/senderId",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/result/chats/" + i0+"/senderId",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data4.channelId !== undefined){
let data9 = data4.channelId;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err34 = {instancePath:instancePath+"/result/chats/" + i0+"/channelId",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/result/chats/" + i0+"/channelId",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data4.communityId !== undefined){
let data10 = data4.communityId;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err36 = {instancePath:instancePath+"/result/chats/" + i0+"/communityId",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/result/chats/" + i0+"/communityId",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data4.createdAt !== undefined){
let data11 = data4.createdAt;
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
const err38 = {instancePath:instancePath+"/result/chats/" + i0+"/createdAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats0.validate(data11))){
const err39 = {instancePath:instancePath+"/result/chats/" + i0+"/createdAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/result/chats/" + i0+"/createdAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data4.updatedAt !== undefined){
let data12 = data4.updatedAt;
if(typeof data12 === "string"){
if(!pattern13.test(data12)){
const err41 = {instancePath:instancePath+"/result/chats/" + i0+"/updatedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!(formats0.validate(data12))){
const err42 = {instancePath:instancePath+"/result/chats/" + i0+"/updatedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/result/chats/" + i0+"/updatedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data4.deletedAt !== undefined){
let data13 = data4.deletedAt;
if(typeof data13 === "string"){
if(!pattern13.test(data13)){
const err44 = {instancePath:instancePath+"/result/chats/" + i0+"/deletedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data13))){
const err45 = {instancePath:instancePath+"/result/chats/" + i0+"/deletedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/result/chats/" + i0+"/deletedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.deletedAt !== undefined){
const err48 = {instancePath:instancePath+"/result/chats/" + i0+"/deletedAt",schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/1/properties/deletedAt/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/result/chats/" + i0,schemaPath:"#/allOf/1/properties/result/properties/chats/items/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/result/chats",schemaPath:"#/allOf/1/properties/result/properties/chats/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data2.hasMore !== undefined){
if(typeof data2.hasMore !== "boolean"){
const err51 = {instancePath:instancePath+"/result/hasMore",schemaPath:"#/allOf/1/properties/result/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data2.nextBefore !== undefined){
let data16 = data2.nextBefore;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err52 = {instancePath:instancePath+"/result/nextBefore",schemaPath:"#/allOf/1/properties/result/properties/nextBefore/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 9007199254740991 || isNaN(data16)){
const err53 = {instancePath:instancePath+"/result/nextBefore",schemaPath:"#/allOf/1/properties/result/properties/nextBefore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err54 = {instancePath:instancePath+"/result/nextBefore",schemaPath:"#/allOf/1/properties/result/properties/nextBefore/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
export const restModifyChatRequest = validate31;const schema32 = {"title":"ModifyChatBody","type":"object","additionalProperties":false,"required":["content"],"properties":{"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.content === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "content")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.content !== undefined){
let data0 = data.content;
if(typeof data0 === "string"){
if(func2(data0) > 300){
const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern2.test(data0)){
const err4 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
export const restModifyChatResponse200 = validate32;const schema33 = {"title":"ChatResponse200","allOf":[{"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}},{"type":"object","required":["statusCode","result"],"properties":{"statusCode":{"const":200},"result":{"title":"LiveChat","description":"A `Chat` that is not deleted, so it has no `deletedAt` (the property is forbidden, not `null`): what `new-chat` and `modify-chat` broadcast and what the REST create, modify and list answer. See D-12, D-29.","allOf":[{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","properties":{"deletedAt":false}}],"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]}}}]};function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.result === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.statusCode !== undefined){
if(200 !== data.statusCode){
const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.type === undefined){
const err11 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.content === undefined){
const err12 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.senderId === undefined){
const err13 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.channelId === undefined){
const err14 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.communityId === undefined){
const err15 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.createdAt === undefined){
const err16 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.updatedAt === undefined){
const err17 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data2){
if(!(func6.call(schema33.allOf[1].properties.result.allOf[0].properties, key1))){
const err18 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err19 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data4 === "TEXT") || (data4 === "IMAGE")) || (data4 === "SYSTEM"))){
const err23 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.allOf[1].properties.result.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.content !== undefined){
let data5 = data2.content;
if(typeof data5 === "string"){
if(func2(data5) > 300){
const err24 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data5) < 1){
const err25 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern2.test(data5)){
const err26 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.senderId !== undefined){
let data6 = data2.senderId;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err28 = {instancePath:instancePath+"/result/senderId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/result/senderId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.channelId !== undefined){
let data7 = data2.channelId;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err30 = {instancePath:instancePath+"/result/channelId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/result/channelId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.communityId !== undefined){
let data8 = data2.communityId;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err32 = {instancePath:instancePath+"/result/communityId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/result/communityId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data2.createdAt !== undefined){
let data9 = data2.createdAt;
if(typeof data9 === "string"){
if(!pattern13.test(data9)){
const err34 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(formats0.validate(data9))){
const err35 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data2.updatedAt !== undefined){
let data10 = data2.updatedAt;
if(typeof data10 === "string"){
if(!pattern13.test(data10)){
const err37 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(formats0.validate(data10))){
const err38 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data2.deletedAt !== undefined){
let data11 = data2.deletedAt;
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
const err40 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data11))){
const err41 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.deletedAt !== undefined){
const err44 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/1/properties/deletedAt/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
export const restDeleteChatResponse200 = validate33;const schema34 = {"title":"DeletedChatResponse200","allOf":[{"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}},{"type":"object","required":["statusCode","result"],"properties":{"statusCode":{"const":200},"result":{"title":"DeletedChat","description":"A `Chat` whose `deletedAt` is set: what `delete-chat` broadcasts and what `DELETE /api/channels/{channelId}/chats/{chatId}` answers. Deleting sets `deletedAt` (and `updatedAt` to the same instant) and keeps `content`. See D-12, D-15.","allOf":[{"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]},{"type":"object","required":["deletedAt"],"properties":{"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}}}],"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:15:40.001Z","deletedAt":"2022-12-11T16:15:40.001Z"}]}}}]};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.result === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.statusCode !== undefined){
if(200 !== data.statusCode){
const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.type === undefined){
const err11 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.content === undefined){
const err12 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.senderId === undefined){
const err13 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.channelId === undefined){
const err14 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.communityId === undefined){
const err15 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.createdAt === undefined){
const err16 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.updatedAt === undefined){
const err17 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data2){
if(!(func6.call(schema34.allOf[1].properties.result.allOf[0].properties, key1))){
const err18 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err19 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/result/id",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data4 === "TEXT") || (data4 === "IMAGE")) || (data4 === "SYSTEM"))){
const err23 = {instancePath:instancePath+"/result/type",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.allOf[1].properties.result.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.content !== undefined){
let data5 = data2.content;
if(typeof data5 === "string"){
if(func2(data5) > 300){
const err24 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data5) < 1){
const err25 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern2.test(data5)){
const err26 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/result/content",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.senderId !== undefined){
let data6 = data2.senderId;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err28 = {instancePath:instancePath+"/result/senderId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/result/senderId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.channelId !== undefined){
let data7 = data2.channelId;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err30 = {instancePath:instancePath+"/result/channelId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/result/channelId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.communityId !== undefined){
let data8 = data2.communityId;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err32 = {instancePath:instancePath+"/result/communityId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/result/communityId",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data2.createdAt !== undefined){
let data9 = data2.createdAt;
if(typeof data9 === "string"){
if(!pattern13.test(data9)){
const err34 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(formats0.validate(data9))){
const err35 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/result/createdAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data2.updatedAt !== undefined){
let data10 = data2.updatedAt;
if(typeof data10 === "string"){
if(!pattern13.test(data10)){
const err37 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(formats0.validate(data10))){
const err38 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/result/updatedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data2.deletedAt !== undefined){
let data11 = data2.deletedAt;
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
const err40 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data11))){
const err41 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/0/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.deletedAt === undefined){
const err44 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/1/required",keyword:"required",params:{missingProperty: "deletedAt"},message:"must have required property '"+"deletedAt"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data2.deletedAt !== undefined){
let data12 = data2.deletedAt;
if(typeof data12 === "string"){
if(!pattern13.test(data12)){
const err45 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/1/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!(formats0.validate(data12))){
const err46 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/1/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/result/deletedAt",schemaPath:"#/allOf/1/properties/result/allOf/1/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
export const restInviteUsersRequest = validate34;const schema35 = {"title":"InviteBody","type":"object","additionalProperties":false,"required":["communityId","users"],"properties":{"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"users":{"title":"UserIds","description":"The users to invite: 1 to 100 distinct user ids. See D-16.","type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba","63908bcc2258e789af7d73ad"]]}}};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.communityId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.users === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "communityId") || (key0 === "users"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.communityId !== undefined){
let data0 = data.communityId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.users !== undefined){
let data1 = data.users;
if(Array.isArray(data1)){
if(data1.length > 100){
const err5 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
export const restInviteUsersResponse201 = validate35;const schema36 = {"title":"InviteResponse201","allOf":[{"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}},{"type":"object","required":["statusCode","result"],"properties":{"statusCode":{"const":201},"result":{"type":"object","additionalProperties":false,"required":["invited"],"properties":{"invited":{"title":"InvitedUsers","description":"The users an invitation newly added to the channel, in request order. Users who were already members are not listed. See D-16.","type":"array","maxItems":100,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba"]]}}}}}]};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.result === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.statusCode !== undefined){
if(201 !== data.statusCode){
const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 201},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.invited === undefined){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/required",keyword:"required",params:{missingProperty: "invited"},message:"must have required property '"+"invited"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "invited")){
const err11 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.invited !== undefined){
let data3 = data2.invited;
if(Array.isArray(data3)){
if(data3.length > 100){
const err12 = {instancePath:instancePath+"/result/invited",schemaPath:"#/allOf/1/properties/result/properties/invited/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/result/invited/" + i0,schemaPath:"#/allOf/1/properties/result/properties/invited/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/result/invited/" + i0,schemaPath:"#/allOf/1/properties/result/properties/invited/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/result/invited",schemaPath:"#/allOf/1/properties/result/properties/invited/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
export const restCreateFixturesResponse201 = validate36;const schema37 = {"title":"FixturesResponse201","allOf":[{"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}},{"type":"object","required":["statusCode","result"],"properties":{"statusCode":{"const":201},"result":{"title":"Fixtures","description":"A fresh, isolated conformance world, as returned by the test-only `POST /api/conformance/fixtures` or written by a server's operators. Community `main` has a public and a private channel; community `other` has one channel. Roles: `communityManager` manages `main` and is in none of its channels; `channelManager` manages both channels of `main` and is a member of both; `author` is a member of both; `member` is a member of the public channel only; `outsider` and `invitee1..3` are members of `main` in none of its channels; `stranger` is a member of `other` (and of its channel) only, and manages both `other` and its channel; no role of `main` manages anything in `other` (D-40). `author` is also a member of `other` and of its channel, so that cases can show one community's channels never leak into another's namespace. See D-22.","type":"object","additionalProperties":false,"required":["communities","users"],"properties":{"communities":{"type":"object","additionalProperties":false,"required":["main","other"],"properties":{"main":{"type":"object","additionalProperties":false,"required":["id","channels"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channels":{"type":"object","additionalProperties":false,"required":["public","private"],"properties":{"public":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"private":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}}}}},"other":{"type":"object","additionalProperties":false,"required":["id","channels"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channels":{"type":"object","additionalProperties":false,"required":["public"],"properties":{"public":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}}}}}}},"users":{"type":"object","additionalProperties":false,"required":["communityManager","channelManager","author","member","outsider","stranger","invitee1","invitee2","invitee3"],"properties":{"communityManager":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"channelManager":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"author":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"member":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"outsider":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"stranger":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"invitee1":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"invitee2":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"invitee3":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}}}},"expiredToken":{"description":"Optional: a token of `author`, correctly signed, whose `exp` is in the past. Cases that need it are skipped when it is absent.","type":"string","minLength":1},"tokens":{"description":"Optional: variants of `member`'s token that only the holder of the server's key can sign, each correctly signed. Cases that need an absent one are skipped with the reason. See D-45..D-49.","type":"object","additionalProperties":false,"properties":{"noExp":{"description":"Without `exp` (refused, TOKEN_INVALID).","type":"string","minLength":1},"noId":{"description":"Without `_id` (refused, TOKEN_INVALID).","type":"string","minLength":1},"unknownUser":{"description":"An `_id` that names no user (refused, TOKEN_INVALID).","type":"string","minLength":1},"notYetValid":{"description":"An `nbf` in the future (refused, TOKEN_INVALID).","type":"string","minLength":1},"unknownCrit":{"description":"A `crit` header naming an extension the server does not know (refused, TOKEN_INVALID).","type":"string","minLength":1},"nonNumericExp":{"description":"An `exp` that is a string (refused, TOKEN_INVALID).","type":"string","minLength":1},"nullExp":{"description":"An `exp` that is null (refused, TOKEN_INVALID).","type":"string","minLength":1},"noNickname":{"description":"Without `nickname` (SHOULD be accepted).","type":"string","minLength":1},"shortLived":{"description":"Valid for a few seconds from the world's creation (the reference server: 3 s): an open connection outlives it, a new handshake after its `exp` is refused with TOKEN_EXPIRED. Useful only in a world created per case.","type":"string","minLength":1}}}},"examples":[{"communities":{"main":{"id":"63908b6d2258e789af7d7394","channels":{"public":"6394cd01d1a615bf564d9e4c","private":"63946d71d0e70368d5be77fa"}},"other":{"id":"63908b6d2258e789af7d7395","channels":{"public":"6394cd01d1a615bf564d9e4d"}}},"users":{"communityManager":{"id":"63908bdc2258e789af7d73b0","nickname":"cm","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"channelManager":{"id":"63908bdc2258e789af7d73ba","nickname":"chm","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"author":{"id":"6394cc8fd1a615bf564d7e75","nickname":"author","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"member":{"id":"63908bcc2258e789af7d73ad","nickname":"member","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"outsider":{"id":"63908bcc2258e789af7d73a1","nickname":"outsider","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"stranger":{"id":"63908bcc2258e789af7d73a2","nickname":"stranger","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"invitee1":{"id":"63908bcc2258e789af7d73a3","nickname":"invitee1","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"invitee2":{"id":"63908bcc2258e789af7d73a4","nickname":"invitee2","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"invitee3":{"id":"63908bcc2258e789af7d73a5","nickname":"invitee3","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"}}}]}}}]};function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/0/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.result === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.statusCode !== undefined){
if(201 !== data.statusCode){
const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/allOf/1/properties/statusCode/const",keyword:"const",params:{allowedValue: 201},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.communities === undefined){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/required",keyword:"required",params:{missingProperty: "communities"},message:"must have required property '"+"communities"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.users === undefined){
const err11 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "communities") || (key1 === "users")) || (key1 === "expiredToken")) || (key1 === "tokens"))){
const err12 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.communities !== undefined){
let data3 = data2.communities;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.main === undefined){
const err13 = {instancePath:instancePath+"/result/communities",schemaPath:"#/allOf/1/properties/result/properties/communities/required",keyword:"required",params:{missingProperty: "main"},message:"must have required property '"+"main"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.other === undefined){
const err14 = {instancePath:instancePath+"/result/communities",schemaPath:"#/allOf/1/properties/result/properties/communities/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "main") || (key2 === "other"))){
const err15 = {instancePath:instancePath+"/result/communities",schemaPath:"#/allOf/1/properties/result/properties/communities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.main !== undefined){
let data4 = data3.main;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err16 = {instancePath:instancePath+"/result/communities/main",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.channels === undefined){
const err17 = {instancePath:instancePath+"/result/communities/main",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data4){
if(!((key3 === "id") || (key3 === "channels"))){
const err18 = {instancePath:instancePath+"/result/communities/main",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err19 = {instancePath:instancePath+"/result/communities/main/id",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/result/communities/main/id",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.channels !== undefined){
let data6 = data4.channels;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.public === undefined){
const err21 = {instancePath:instancePath+"/result/communities/main/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/required",keyword:"required",params:{missingProperty: "public"},message:"must have required property '"+"public"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.private === undefined){
const err22 = {instancePath:instancePath+"/result/communities/main/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/required",keyword:"required",params:{missingProperty: "private"},message:"must have required property '"+"private"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key4 in data6){
if(!((key4 === "public") || (key4 === "private"))){
const err23 = {instancePath:instancePath+"/result/communities/main/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.public !== undefined){
let data7 = data6.public;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err24 = {instancePath:instancePath+"/result/communities/main/channels/public",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/properties/public/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/result/communities/main/channels/public",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/properties/public/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.private !== undefined){
let data8 = data6.private;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err26 = {instancePath:instancePath+"/result/communities/main/channels/private",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/properties/private/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/result/communities/main/channels/private",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/properties/private/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/result/communities/main/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/result/communities/main",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/main/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data3.other !== undefined){
let data9 = data3.other;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err30 = {instancePath:instancePath+"/result/communities/other",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9.channels === undefined){
const err31 = {instancePath:instancePath+"/result/communities/other",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key5 in data9){
if(!((key5 === "id") || (key5 === "channels"))){
const err32 = {instancePath:instancePath+"/result/communities/other",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err33 = {instancePath:instancePath+"/result/communities/other/id",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/result/communities/other/id",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.channels !== undefined){
let data11 = data9.channels;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.public === undefined){
const err35 = {instancePath:instancePath+"/result/communities/other/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/channels/required",keyword:"required",params:{missingProperty: "public"},message:"must have required property '"+"public"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key6 in data11){
if(!(key6 === "public")){
const err36 = {instancePath:instancePath+"/result/communities/other/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/channels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.public !== undefined){
let data12 = data11.public;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err37 = {instancePath:instancePath+"/result/communities/other/channels/public",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/channels/properties/public/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/result/communities/other/channels/public",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/channels/properties/public/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/result/communities/other/channels",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/result/communities/other",schemaPath:"#/allOf/1/properties/result/properties/communities/properties/other/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/result/communities",schemaPath:"#/allOf/1/properties/result/properties/communities/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data2.users !== undefined){
let data13 = data2.users;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.communityManager === undefined){
const err42 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "communityManager"},message:"must have required property '"+"communityManager"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data13.channelManager === undefined){
const err43 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "channelManager"},message:"must have required property '"+"channelManager"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13.author === undefined){
const err44 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data13.member === undefined){
const err45 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "member"},message:"must have required property '"+"member"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data13.outsider === undefined){
const err46 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "outsider"},message:"must have required property '"+"outsider"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data13.stranger === undefined){
const err47 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "stranger"},message:"must have required property '"+"stranger"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data13.invitee1 === undefined){
const err48 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "invitee1"},message:"must have required property '"+"invitee1"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data13.invitee2 === undefined){
const err49 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "invitee2"},message:"must have required property '"+"invitee2"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13.invitee3 === undefined){
const err50 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/required",keyword:"required",params:{missingProperty: "invitee3"},message:"must have required property '"+"invitee3"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key7 in data13){
if(!(func6.call(schema37.allOf[1].properties.result.properties.users.properties, key7))){
const err51 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data13.communityManager !== undefined){
let data14 = data13.communityManager;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err52 = {instancePath:instancePath+"/result/users/communityManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data14.nickname === undefined){
const err53 = {instancePath:instancePath+"/result/users/communityManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data14.token === undefined){
const err54 = {instancePath:instancePath+"/result/users/communityManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key8 in data14){
if(!(((key8 === "id") || (key8 === "nickname")) || (key8 === "token"))){
const err55 = {instancePath:instancePath+"/result/users/communityManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data14.id !== undefined){
let data15 = data14.id;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err56 = {instancePath:instancePath+"/result/users/communityManager/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/result/users/communityManager/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data14.nickname !== undefined){
let data16 = data14.nickname;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err58 = {instancePath:instancePath+"/result/users/communityManager/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/result/users/communityManager/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data14.token !== undefined){
let data17 = data14.token;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err60 = {instancePath:instancePath+"/result/users/communityManager/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/result/users/communityManager/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/result/users/communityManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/communityManager/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data13.channelManager !== undefined){
let data18 = data13.channelManager;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err63 = {instancePath:instancePath+"/result/users/channelManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data18.nickname === undefined){
const err64 = {instancePath:instancePath+"/result/users/channelManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data18.token === undefined){
const err65 = {instancePath:instancePath+"/result/users/channelManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key9 in data18){
if(!(((key9 === "id") || (key9 === "nickname")) || (key9 === "token"))){
const err66 = {instancePath:instancePath+"/result/users/channelManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(typeof data19 === "string"){
if(!pattern0.test(data19)){
const err67 = {instancePath:instancePath+"/result/users/channelManager/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/result/users/channelManager/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data18.nickname !== undefined){
let data20 = data18.nickname;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err69 = {instancePath:instancePath+"/result/users/channelManager/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/result/users/channelManager/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data18.token !== undefined){
let data21 = data18.token;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err71 = {instancePath:instancePath+"/result/users/channelManager/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/result/users/channelManager/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/result/users/channelManager",schemaPath:"#/allOf/1/properties/result/properties/users/properties/channelManager/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data13.author !== undefined){
let data22 = data13.author;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.id === undefined){
const err74 = {instancePath:instancePath+"/result/users/author",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data22.nickname === undefined){
const err75 = {instancePath:instancePath+"/result/users/author",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data22.token === undefined){
const err76 = {instancePath:instancePath+"/result/users/author",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key10 in data22){
if(!(((key10 === "id") || (key10 === "nickname")) || (key10 === "token"))){
const err77 = {instancePath:instancePath+"/result/users/author",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data22.id !== undefined){
let data23 = data22.id;
if(typeof data23 === "string"){
if(!pattern0.test(data23)){
const err78 = {instancePath:instancePath+"/result/users/author/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/result/users/author/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data22.nickname !== undefined){
let data24 = data22.nickname;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err80 = {instancePath:instancePath+"/result/users/author/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/result/users/author/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data22.token !== undefined){
let data25 = data22.token;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err82 = {instancePath:instancePath+"/result/users/author/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/result/users/author/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/result/users/author",schemaPath:"#/allOf/1/properties/result/properties/users/properties/author/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data13.member !== undefined){
let data26 = data13.member;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.id === undefined){
const err85 = {instancePath:instancePath+"/result/users/member",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data26.nickname === undefined){
const err86 = {instancePath:instancePath+"/result/users/member",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data26.token === undefined){
const err87 = {instancePath:instancePath+"/result/users/member",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
for(const key11 in data26){
if(!(((key11 === "id") || (key11 === "nickname")) || (key11 === "token"))){
const err88 = {instancePath:instancePath+"/result/users/member",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data26.id !== undefined){
let data27 = data26.id;
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
const err89 = {instancePath:instancePath+"/result/users/member/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/result/users/member/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data26.nickname !== undefined){
let data28 = data26.nickname;
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err91 = {instancePath:instancePath+"/result/users/member/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/result/users/member/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data26.token !== undefined){
let data29 = data26.token;
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err93 = {instancePath:instancePath+"/result/users/member/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/result/users/member/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/result/users/member",schemaPath:"#/allOf/1/properties/result/properties/users/properties/member/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data13.outsider !== undefined){
let data30 = data13.outsider;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.id === undefined){
const err96 = {instancePath:instancePath+"/result/users/outsider",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data30.nickname === undefined){
const err97 = {instancePath:instancePath+"/result/users/outsider",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data30.token === undefined){
const err98 = {instancePath:instancePath+"/result/users/outsider",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key12 in data30){
if(!(((key12 === "id") || (key12 === "nickname")) || (key12 === "token"))){
const err99 = {instancePath:instancePath+"/result/users/outsider",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data30.id !== undefined){
let data31 = data30.id;
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
const err100 = {instancePath:instancePath+"/result/users/outsider/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/result/users/outsider/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data30.nickname !== undefined){
let data32 = data30.nickname;
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err102 = {instancePath:instancePath+"/result/users/outsider/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/result/users/outsider/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data30.token !== undefined){
let data33 = data30.token;
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err104 = {instancePath:instancePath+"/result/users/outsider/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/result/users/outsider/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/result/users/outsider",schemaPath:"#/allOf/1/properties/result/properties/users/properties/outsider/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data13.stranger !== undefined){
let data34 = data13.stranger;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.id === undefined){
const err107 = {instancePath:instancePath+"/result/users/stranger",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data34.nickname === undefined){
const err108 = {instancePath:instancePath+"/result/users/stranger",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data34.token === undefined){
const err109 = {instancePath:instancePath+"/result/users/stranger",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key13 in data34){
if(!(((key13 === "id") || (key13 === "nickname")) || (key13 === "token"))){
const err110 = {instancePath:instancePath+"/result/users/stranger",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data34.id !== undefined){
let data35 = data34.id;
if(typeof data35 === "string"){
if(!pattern0.test(data35)){
const err111 = {instancePath:instancePath+"/result/users/stranger/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/result/users/stranger/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data34.nickname !== undefined){
let data36 = data34.nickname;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err113 = {instancePath:instancePath+"/result/users/stranger/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/result/users/stranger/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data34.token !== undefined){
let data37 = data34.token;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err115 = {instancePath:instancePath+"/result/users/stranger/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/result/users/stranger/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/result/users/stranger",schemaPath:"#/allOf/1/properties/result/properties/users/properties/stranger/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data13.invitee1 !== undefined){
let data38 = data13.invitee1;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.id === undefined){
const err118 = {instancePath:instancePath+"/result/users/invitee1",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data38.nickname === undefined){
const err119 = {instancePath:instancePath+"/result/users/invitee1",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data38.token === undefined){
const err120 = {instancePath:instancePath+"/result/users/invitee1",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
for(const key14 in data38){
if(!(((key14 === "id") || (key14 === "nickname")) || (key14 === "token"))){
const err121 = {instancePath:instancePath+"/result/users/invitee1",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data38.id !== undefined){
let data39 = data38.id;
if(typeof data39 === "string"){
if(!pattern0.test(data39)){
const err122 = {instancePath:instancePath+"/result/users/invitee1/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/result/users/invitee1/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data38.nickname !== undefined){
let data40 = data38.nickname;
if(typeof data40 === "string"){
if(func2(data40) < 1){
const err124 = {instancePath:instancePath+"/result/users/invitee1/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/result/users/invitee1/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data38.token !== undefined){
let data41 = data38.token;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err126 = {instancePath:instancePath+"/result/users/invitee1/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/result/users/invitee1/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/result/users/invitee1",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data13.invitee2 !== undefined){
let data42 = data13.invitee2;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.id === undefined){
const err129 = {instancePath:instancePath+"/result/users/invitee2",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data42.nickname === undefined){
const err130 = {instancePath:instancePath+"/result/users/invitee2",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data42.token === undefined){
const err131 = {instancePath:instancePath+"/result/users/invitee2",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key15 in data42){
if(!(((key15 === "id") || (key15 === "nickname")) || (key15 === "token"))){
const err132 = {instancePath:instancePath+"/result/users/invitee2",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data42.id !== undefined){
let data43 = data42.id;
if(typeof data43 === "string"){
if(!pattern0.test(data43)){
const err133 = {instancePath:instancePath+"/result/users/invitee2/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/result/users/invitee2/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data42.nickname !== undefined){
let data44 = data42.nickname;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err135 = {instancePath:instancePath+"/result/users/invitee2/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/result/users/invitee2/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data42.token !== undefined){
let data45 = data42.token;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err137 = {instancePath:instancePath+"/result/users/invitee2/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/result/users/invitee2/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/result/users/invitee2",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data13.invitee3 !== undefined){
let data46 = data13.invitee3;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.id === undefined){
const err140 = {instancePath:instancePath+"/result/users/invitee3",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data46.nickname === undefined){
const err141 = {instancePath:instancePath+"/result/users/invitee3",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data46.token === undefined){
const err142 = {instancePath:instancePath+"/result/users/invitee3",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key16 in data46){
if(!(((key16 === "id") || (key16 === "nickname")) || (key16 === "token"))){
const err143 = {instancePath:instancePath+"/result/users/invitee3",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data46.id !== undefined){
let data47 = data46.id;
if(typeof data47 === "string"){
if(!pattern0.test(data47)){
const err144 = {instancePath:instancePath+"/result/users/invitee3/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/result/users/invitee3/id",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data46.nickname !== undefined){
let data48 = data46.nickname;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err146 = {instancePath:instancePath+"/result/users/invitee3/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/result/users/invitee3/nickname",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data46.token !== undefined){
let data49 = data46.token;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err148 = {instancePath:instancePath+"/result/users/invitee3/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/result/users/invitee3/token",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/result/users/invitee3",schemaPath:"#/allOf/1/properties/result/properties/users/properties/invitee3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/result/users",schemaPath:"#/allOf/1/properties/result/properties/users/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data2.expiredToken !== undefined){
let data50 = data2.expiredToken;
if(typeof data50 === "string"){
if(func2(data50) < 1){
const err152 = {instancePath:instancePath+"/result/expiredToken",schemaPath:"#/allOf/1/properties/result/properties/expiredToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/result/expiredToken",schemaPath:"#/allOf/1/properties/result/properties/expiredToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data2.tokens !== undefined){
let data51 = data2.tokens;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key17 in data51){
if(!(func6.call(schema37.allOf[1].properties.result.properties.tokens.properties, key17))){
const err154 = {instancePath:instancePath+"/result/tokens",schemaPath:"#/allOf/1/properties/result/properties/tokens/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data51.noExp !== undefined){
let data52 = data51.noExp;
if(typeof data52 === "string"){
if(func2(data52) < 1){
const err155 = {instancePath:instancePath+"/result/tokens/noExp",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/noExp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/result/tokens/noExp",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/noExp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data51.noId !== undefined){
let data53 = data51.noId;
if(typeof data53 === "string"){
if(func2(data53) < 1){
const err157 = {instancePath:instancePath+"/result/tokens/noId",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/noId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/result/tokens/noId",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/noId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data51.unknownUser !== undefined){
let data54 = data51.unknownUser;
if(typeof data54 === "string"){
if(func2(data54) < 1){
const err159 = {instancePath:instancePath+"/result/tokens/unknownUser",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/unknownUser/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/result/tokens/unknownUser",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/unknownUser/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data51.notYetValid !== undefined){
let data55 = data51.notYetValid;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err161 = {instancePath:instancePath+"/result/tokens/notYetValid",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/notYetValid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/result/tokens/notYetValid",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/notYetValid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data51.unknownCrit !== undefined){
let data56 = data51.unknownCrit;
if(typeof data56 === "string"){
if(func2(data56) < 1){
const err163 = {instancePath:instancePath+"/result/tokens/unknownCrit",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/unknownCrit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/result/tokens/unknownCrit",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/unknownCrit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data51.nonNumericExp !== undefined){
let data57 = data51.nonNumericExp;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err165 = {instancePath:instancePath+"/result/tokens/nonNumericExp",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/nonNumericExp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/result/tokens/nonNumericExp",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/nonNumericExp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data51.nullExp !== undefined){
let data58 = data51.nullExp;
if(typeof data58 === "string"){
if(func2(data58) < 1){
const err167 = {instancePath:instancePath+"/result/tokens/nullExp",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/nullExp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/result/tokens/nullExp",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/nullExp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data51.noNickname !== undefined){
let data59 = data51.noNickname;
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err169 = {instancePath:instancePath+"/result/tokens/noNickname",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/noNickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/result/tokens/noNickname",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/noNickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data51.shortLived !== undefined){
let data60 = data51.shortLived;
if(typeof data60 === "string"){
if(func2(data60) < 1){
const err171 = {instancePath:instancePath+"/result/tokens/shortLived",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/shortLived/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/result/tokens/shortLived",schemaPath:"#/allOf/1/properties/result/properties/tokens/properties/shortLived/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/result/tokens",schemaPath:"#/allOf/1/properties/result/properties/tokens/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/result",schemaPath:"#/allOf/1/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
export const shapeObjectId = validate37;const schema38 = {"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern0.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
export const shapeChatId = validate38;const schema39 = {"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate38.errors = vErrors;
return errors === 0;
}
export const shapeTimestamp = validate39;const schema40 = {"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern13.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data))){
const err1 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
export const shapeChatContent = validate40;const schema41 = {"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 300){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern2.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
export const shapeChatKind = validate41;const schema42 = {"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "TEXT") || (data === "IMAGE")) || (data === "SYSTEM"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
export const shapeChat = validate42;const schema43 = {"title":"Chat","description":"A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.","type":"object","additionalProperties":false,"required":["id","type","content","senderId","channelId","communityId","createdAt","updatedAt"],"properties":{"id":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"type":{"title":"ChatKind","description":"The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.","type":"string","enum":["TEXT","IMAGE","SYSTEM"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]},"senderId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"createdAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"updatedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]},"deletedAt":{"title":"Timestamp","description":"An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$","examples":["2022-12-11T16:13:24.957Z"]}},"examples":[{"id":51,"type":"TEXT","content":"hi","senderId":"6394cc8fd1a615bf564d7e75","channelId":"6394cd01d1a615bf564d9e4c","communityId":"63908b6d2258e789af7d7394","createdAt":"2022-12-11T16:13:24.957Z","updatedAt":"2022-12-11T16:13:24.957Z"}]};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.senderId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "senderId"},message:"must have required property '"+"senderId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channelId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.communityId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "communityId"},message:"must have required property '"+"communityId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.createdAt === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.updatedAt === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func6.call(schema43.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data1 === "TEXT") || (data1 === "IMAGE")) || (data1 === "SYSTEM"))){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema43.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(typeof data2 === "string"){
if(func2(data2) > 300){
const err14 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern2.test(data2)){
const err16 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.senderId !== undefined){
let data3 = data.senderId;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err18 = {instancePath:instancePath+"/senderId",schemaPath:"#/properties/senderId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/senderId",schemaPath:"#/properties/senderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.channelId !== undefined){
let data4 = data.channelId;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err20 = {instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.communityId !== undefined){
let data5 = data.communityId;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err22 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data6 = data.createdAt;
if(typeof data6 === "string"){
if(!pattern13.test(data6)){
const err24 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(formats0.validate(data6))){
const err25 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.updatedAt !== undefined){
let data7 = data.updatedAt;
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err27 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0.validate(data7))){
const err28 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.deletedAt !== undefined){
let data8 = data.deletedAt;
if(typeof data8 === "string"){
if(!pattern13.test(data8)){
const err30 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(formats0.validate(data8))){
const err31 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
export const shapeFailureReason = validate43;const schema44 = {"title":"FailureReason","description":"Why a write was refused. `INVALID_PAYLOAD`: the request does not match its schema. `FORBIDDEN`: the user may not do this. `NOT_FOUND`: the channel (in this community) or the chat does not exist, or is deleted. `UNAVAILABLE`: the server could not complete the write (nothing was written). See D-14.","type":"string","enum":["INVALID_PAYLOAD","FORBIDDEN","NOT_FOUND","UNAVAILABLE"]};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "INVALID_PAYLOAD") || (data === "FORBIDDEN")) || (data === "NOT_FOUND")) || (data === "UNAVAILABLE"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
export const shapeUserIds = validate44;const schema45 = {"title":"UserIds","description":"The users to invite: 1 to 100 distinct user ids. See D-16.","type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba","63908bcc2258e789af7d73ad"]]};function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
export const shapeInvitedUsers = validate45;const schema46 = {"title":"InvitedUsers","description":"The users an invitation newly added to the channel, in request order. Users who were already members are not listed. See D-16.","type":"array","maxItems":100,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba"]]};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
export const shapeErrorBody = validate46;const schema47 = {"title":"ErrorBody","description":"The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.","type":"object","additionalProperties":false,"required":["statusCode","message","error"],"properties":{"statusCode":{"type":"integer","minimum":400,"maximum":599},"message":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"error":{"type":"string"}},"examples":[{"statusCode":403,"message":"only the author may modify a chat","error":"Forbidden"}]};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "statusCode") || (key0 === "message")) || (key0 === "error"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 400 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs8 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/message/" + i0,schemaPath:"#/properties/message/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
export const shapeEnvelope = validate47;const schema48 = {"title":"Envelope","description":"The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.","type":"object","additionalProperties":false,"required":["statusCode","result"],"properties":{"statusCode":{"type":"integer","minimum":200,"maximum":299},"result":{}}};function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.statusCode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statusCode"},message:"must have required property '"+"statusCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.result === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "statusCode") || (key0 === "result"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data0 = data.statusCode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 299 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 200 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
export const shapeFixtureUser = validate48;const schema49 = {"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}};function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nickname === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.token === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "nickname")) || (key0 === "token"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.nickname !== undefined){
let data1 = data.nickname;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/nickname",schemaPath:"#/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/nickname",schemaPath:"#/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.token !== undefined){
let data2 = data.token;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
export const shapeFixtures = validate49;const schema50 = {"title":"Fixtures","description":"A fresh, isolated conformance world, as returned by the test-only `POST /api/conformance/fixtures` or written by a server's operators. Community `main` has a public and a private channel; community `other` has one channel. Roles: `communityManager` manages `main` and is in none of its channels; `channelManager` manages both channels of `main` and is a member of both; `author` is a member of both; `member` is a member of the public channel only; `outsider` and `invitee1..3` are members of `main` in none of its channels; `stranger` is a member of `other` (and of its channel) only, and manages both `other` and its channel; no role of `main` manages anything in `other` (D-40). `author` is also a member of `other` and of its channel, so that cases can show one community's channels never leak into another's namespace. See D-22.","type":"object","additionalProperties":false,"required":["communities","users"],"properties":{"communities":{"type":"object","additionalProperties":false,"required":["main","other"],"properties":{"main":{"type":"object","additionalProperties":false,"required":["id","channels"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channels":{"type":"object","additionalProperties":false,"required":["public","private"],"properties":{"public":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"private":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}}}}},"other":{"type":"object","additionalProperties":false,"required":["id","channels"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channels":{"type":"object","additionalProperties":false,"required":["public"],"properties":{"public":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}}}}}}},"users":{"type":"object","additionalProperties":false,"required":["communityManager","channelManager","author","member","outsider","stranger","invitee1","invitee2","invitee3"],"properties":{"communityManager":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"channelManager":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"author":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"member":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"outsider":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"stranger":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"invitee1":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"invitee2":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}},"invitee3":{"title":"FixtureUser","description":"A user of the conformance world, with a token the target accepts.","type":"object","additionalProperties":false,"required":["id","nickname","token"],"properties":{"id":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"nickname":{"type":"string","minLength":1},"token":{"description":"The raw JWT, without the `Bearer ` scheme word.","type":"string","minLength":1}}}}},"expiredToken":{"description":"Optional: a token of `author`, correctly signed, whose `exp` is in the past. Cases that need it are skipped when it is absent.","type":"string","minLength":1},"tokens":{"description":"Optional: variants of `member`'s token that only the holder of the server's key can sign, each correctly signed. Cases that need an absent one are skipped with the reason. See D-45..D-49.","type":"object","additionalProperties":false,"properties":{"noExp":{"description":"Without `exp` (refused, TOKEN_INVALID).","type":"string","minLength":1},"noId":{"description":"Without `_id` (refused, TOKEN_INVALID).","type":"string","minLength":1},"unknownUser":{"description":"An `_id` that names no user (refused, TOKEN_INVALID).","type":"string","minLength":1},"notYetValid":{"description":"An `nbf` in the future (refused, TOKEN_INVALID).","type":"string","minLength":1},"unknownCrit":{"description":"A `crit` header naming an extension the server does not know (refused, TOKEN_INVALID).","type":"string","minLength":1},"nonNumericExp":{"description":"An `exp` that is a string (refused, TOKEN_INVALID).","type":"string","minLength":1},"nullExp":{"description":"An `exp` that is null (refused, TOKEN_INVALID).","type":"string","minLength":1},"noNickname":{"description":"Without `nickname` (SHOULD be accepted).","type":"string","minLength":1},"shortLived":{"description":"Valid for a few seconds from the world's creation (the reference server: 3 s): an open connection outlives it, a new handshake after its `exp` is refused with TOKEN_EXPIRED. Useful only in a world created per case.","type":"string","minLength":1}}}},"examples":[{"communities":{"main":{"id":"63908b6d2258e789af7d7394","channels":{"public":"6394cd01d1a615bf564d9e4c","private":"63946d71d0e70368d5be77fa"}},"other":{"id":"63908b6d2258e789af7d7395","channels":{"public":"6394cd01d1a615bf564d9e4d"}}},"users":{"communityManager":{"id":"63908bdc2258e789af7d73b0","nickname":"cm","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"channelManager":{"id":"63908bdc2258e789af7d73ba","nickname":"chm","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"author":{"id":"6394cc8fd1a615bf564d7e75","nickname":"author","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"member":{"id":"63908bcc2258e789af7d73ad","nickname":"member","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"outsider":{"id":"63908bcc2258e789af7d73a1","nickname":"outsider","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"stranger":{"id":"63908bcc2258e789af7d73a2","nickname":"stranger","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"invitee1":{"id":"63908bcc2258e789af7d73a3","nickname":"invitee1","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"invitee2":{"id":"63908bcc2258e789af7d73a4","nickname":"invitee2","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"},"invitee3":{"id":"63908bcc2258e789af7d73a5","nickname":"invitee3","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"}}}]};function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.communities === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "communities"},message:"must have required property '"+"communities"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.users === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "communities") || (key0 === "users")) || (key0 === "expiredToken")) || (key0 === "tokens"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.communities !== undefined){
let data0 = data.communities;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.main === undefined){
const err3 = {instancePath:instancePath+"/communities",schemaPath:"#/properties/communities/required",keyword:"required",params:{missingProperty: "main"},message:"must have required property '"+"main"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.other === undefined){
const err4 = {instancePath:instancePath+"/communities",schemaPath:"#/properties/communities/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "main") || (key1 === "other"))){
const err5 = {instancePath:instancePath+"/communities",schemaPath:"#/properties/communities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.main !== undefined){
let data1 = data0.main;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err6 = {instancePath:instancePath+"/communities/main",schemaPath:"#/properties/communities/properties/main/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.channels === undefined){
const err7 = {instancePath:instancePath+"/communities/main",schemaPath:"#/properties/communities/properties/main/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data1){
if(!((key2 === "id") || (key2 === "channels"))){
const err8 = {instancePath:instancePath+"/communities/main",schemaPath:"#/properties/communities/properties/main/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/communities/main/id",schemaPath:"#/properties/communities/properties/main/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/communities/main/id",schemaPath:"#/properties/communities/properties/main/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.channels !== undefined){
let data3 = data1.channels;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.public === undefined){
const err11 = {instancePath:instancePath+"/communities/main/channels",schemaPath:"#/properties/communities/properties/main/properties/channels/required",keyword:"required",params:{missingProperty: "public"},message:"must have required property '"+"public"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.private === undefined){
const err12 = {instancePath:instancePath+"/communities/main/channels",schemaPath:"#/properties/communities/properties/main/properties/channels/required",keyword:"required",params:{missingProperty: "private"},message:"must have required property '"+"private"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data3){
if(!((key3 === "public") || (key3 === "private"))){
const err13 = {instancePath:instancePath+"/communities/main/channels",schemaPath:"#/properties/communities/properties/main/properties/channels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.public !== undefined){
let data4 = data3.public;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err14 = {instancePath:instancePath+"/communities/main/channels/public",schemaPath:"#/properties/communities/properties/main/properties/channels/properties/public/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/communities/main/channels/public",schemaPath:"#/properties/communities/properties/main/properties/channels/properties/public/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.private !== undefined){
let data5 = data3.private;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err16 = {instancePath:instancePath+"/communities/main/channels/private",schemaPath:"#/properties/communities/properties/main/properties/channels/properties/private/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/communities/main/channels/private",schemaPath:"#/properties/communities/properties/main/properties/channels/properties/private/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/communities/main/channels",schemaPath:"#/properties/communities/properties/main/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/communities/main",schemaPath:"#/properties/communities/properties/main/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.other !== undefined){
let data6 = data0.other;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err20 = {instancePath:instancePath+"/communities/other",schemaPath:"#/properties/communities/properties/other/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.channels === undefined){
const err21 = {instancePath:instancePath+"/communities/other",schemaPath:"#/properties/communities/properties/other/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key4 in data6){
if(!((key4 === "id") || (key4 === "channels"))){
const err22 = {instancePath:instancePath+"/communities/other",schemaPath:"#/properties/communities/properties/other/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err23 = {instancePath:instancePath+"/communities/other/id",schemaPath:"#/properties/communities/properties/other/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/communities/other/id",schemaPath:"#/properties/communities/properties/other/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.channels !== undefined){
let data8 = data6.channels;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.public === undefined){
const err25 = {instancePath:instancePath+"/communities/other/channels",schemaPath:"#/properties/communities/properties/other/properties/channels/required",keyword:"required",params:{missingProperty: "public"},message:"must have required property '"+"public"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key5 in data8){
if(!(key5 === "public")){
const err26 = {instancePath:instancePath+"/communities/other/channels",schemaPath:"#/properties/communities/properties/other/properties/channels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.public !== undefined){
let data9 = data8.public;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err27 = {instancePath:instancePath+"/communities/other/channels/public",schemaPath:"#/properties/communities/properties/other/properties/channels/properties/public/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/communities/other/channels/public",schemaPath:"#/properties/communities/properties/other/properties/channels/properties/public/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/communities/other/channels",schemaPath:"#/properties/communities/properties/other/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/communities/other",schemaPath:"#/properties/communities/properties/other/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/communities",schemaPath:"#/properties/communities/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.users !== undefined){
let data10 = data.users;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.communityManager === undefined){
const err32 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "communityManager"},message:"must have required property '"+"communityManager"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10.channelManager === undefined){
const err33 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "channelManager"},message:"must have required property '"+"channelManager"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10.author === undefined){
const err34 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10.member === undefined){
const err35 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "member"},message:"must have required property '"+"member"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data10.outsider === undefined){
const err36 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "outsider"},message:"must have required property '"+"outsider"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10.stranger === undefined){
const err37 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "stranger"},message:"must have required property '"+"stranger"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.invitee1 === undefined){
const err38 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "invitee1"},message:"must have required property '"+"invitee1"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data10.invitee2 === undefined){
const err39 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "invitee2"},message:"must have required property '"+"invitee2"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data10.invitee3 === undefined){
const err40 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/required",keyword:"required",params:{missingProperty: "invitee3"},message:"must have required property '"+"invitee3"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key6 in data10){
if(!(func6.call(schema50.properties.users.properties, key6))){
const err41 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.communityManager !== undefined){
let data11 = data10.communityManager;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err42 = {instancePath:instancePath+"/users/communityManager",schemaPath:"#/properties/users/properties/communityManager/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data11.nickname === undefined){
const err43 = {instancePath:instancePath+"/users/communityManager",schemaPath:"#/properties/users/properties/communityManager/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11.token === undefined){
const err44 = {instancePath:instancePath+"/users/communityManager",schemaPath:"#/properties/users/properties/communityManager/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key7 in data11){
if(!(((key7 === "id") || (key7 === "nickname")) || (key7 === "token"))){
const err45 = {instancePath:instancePath+"/users/communityManager",schemaPath:"#/properties/users/properties/communityManager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err46 = {instancePath:instancePath+"/users/communityManager/id",schemaPath:"#/properties/users/properties/communityManager/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/users/communityManager/id",schemaPath:"#/properties/users/properties/communityManager/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data11.nickname !== undefined){
let data13 = data11.nickname;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err48 = {instancePath:instancePath+"/users/communityManager/nickname",schemaPath:"#/properties/users/properties/communityManager/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/users/communityManager/nickname",schemaPath:"#/properties/users/properties/communityManager/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data11.token !== undefined){
let data14 = data11.token;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err50 = {instancePath:instancePath+"/users/communityManager/token",schemaPath:"#/properties/users/properties/communityManager/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/users/communityManager/token",schemaPath:"#/properties/users/properties/communityManager/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/users/communityManager",schemaPath:"#/properties/users/properties/communityManager/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data10.channelManager !== undefined){
let data15 = data10.channelManager;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err53 = {instancePath:instancePath+"/users/channelManager",schemaPath:"#/properties/users/properties/channelManager/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data15.nickname === undefined){
const err54 = {instancePath:instancePath+"/users/channelManager",schemaPath:"#/properties/users/properties/channelManager/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data15.token === undefined){
const err55 = {instancePath:instancePath+"/users/channelManager",schemaPath:"#/properties/users/properties/channelManager/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key8 in data15){
if(!(((key8 === "id") || (key8 === "nickname")) || (key8 === "token"))){
const err56 = {instancePath:instancePath+"/users/channelManager",schemaPath:"#/properties/users/properties/channelManager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data15.id !== undefined){
let data16 = data15.id;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err57 = {instancePath:instancePath+"/users/channelManager/id",schemaPath:"#/properties/users/properties/channelManager/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/users/channelManager/id",schemaPath:"#/properties/users/properties/channelManager/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data15.nickname !== undefined){
let data17 = data15.nickname;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err59 = {instancePath:instancePath+"/users/channelManager/nickname",schemaPath:"#/properties/users/properties/channelManager/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/users/channelManager/nickname",schemaPath:"#/properties/users/properties/channelManager/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data15.token !== undefined){
let data18 = data15.token;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err61 = {instancePath:instancePath+"/users/channelManager/token",schemaPath:"#/properties/users/properties/channelManager/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/users/channelManager/token",schemaPath:"#/properties/users/properties/channelManager/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/users/channelManager",schemaPath:"#/properties/users/properties/channelManager/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data10.author !== undefined){
let data19 = data10.author;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.id === undefined){
const err64 = {instancePath:instancePath+"/users/author",schemaPath:"#/properties/users/properties/author/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data19.nickname === undefined){
const err65 = {instancePath:instancePath+"/users/author",schemaPath:"#/properties/users/properties/author/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.token === undefined){
const err66 = {instancePath:instancePath+"/users/author",schemaPath:"#/properties/users/properties/author/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key9 in data19){
if(!(((key9 === "id") || (key9 === "nickname")) || (key9 === "token"))){
const err67 = {instancePath:instancePath+"/users/author",schemaPath:"#/properties/users/properties/author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data19.id !== undefined){
let data20 = data19.id;
if(typeof data20 === "string"){
if(!pattern0.test(data20)){
const err68 = {instancePath:instancePath+"/users/author/id",schemaPath:"#/properties/users/properties/author/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/users/author/id",schemaPath:"#/properties/users/properties/author/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data19.nickname !== undefined){
let data21 = data19.nickname;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err70 = {instancePath:instancePath+"/users/author/nickname",schemaPath:"#/properties/users/properties/author/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/users/author/nickname",schemaPath:"#/properties/users/properties/author/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.token !== undefined){
let data22 = data19.token;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err72 = {instancePath:instancePath+"/users/author/token",schemaPath:"#/properties/users/properties/author/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/users/author/token",schemaPath:"#/properties/users/properties/author/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/users/author",schemaPath:"#/properties/users/properties/author/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data10.member !== undefined){
let data23 = data10.member;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.id === undefined){
const err75 = {instancePath:instancePath+"/users/member",schemaPath:"#/properties/users/properties/member/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data23.nickname === undefined){
const err76 = {instancePath:instancePath+"/users/member",schemaPath:"#/properties/users/properties/member/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data23.token === undefined){
const err77 = {instancePath:instancePath+"/users/member",schemaPath:"#/properties/users/properties/member/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key10 in data23){
if(!(((key10 === "id") || (key10 === "nickname")) || (key10 === "token"))){
const err78 = {instancePath:instancePath+"/users/member",schemaPath:"#/properties/users/properties/member/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data23.id !== undefined){
let data24 = data23.id;
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
const err79 = {instancePath:instancePath+"/users/member/id",schemaPath:"#/properties/users/properties/member/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/users/member/id",schemaPath:"#/properties/users/properties/member/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data23.nickname !== undefined){
let data25 = data23.nickname;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err81 = {instancePath:instancePath+"/users/member/nickname",schemaPath:"#/properties/users/properties/member/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/users/member/nickname",schemaPath:"#/properties/users/properties/member/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data23.token !== undefined){
let data26 = data23.token;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err83 = {instancePath:instancePath+"/users/member/token",schemaPath:"#/properties/users/properties/member/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/users/member/token",schemaPath:"#/properties/users/properties/member/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/users/member",schemaPath:"#/properties/users/properties/member/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data10.outsider !== undefined){
let data27 = data10.outsider;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.id === undefined){
const err86 = {instancePath:instancePath+"/users/outsider",schemaPath:"#/properties/users/properties/outsider/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data27.nickname === undefined){
const err87 = {instancePath:instancePath+"/users/outsider",schemaPath:"#/properties/users/properties/outsider/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data27.token === undefined){
const err88 = {instancePath:instancePath+"/users/outsider",schemaPath:"#/properties/users/properties/outsider/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key11 in data27){
if(!(((key11 === "id") || (key11 === "nickname")) || (key11 === "token"))){
const err89 = {instancePath:instancePath+"/users/outsider",schemaPath:"#/properties/users/properties/outsider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data27.id !== undefined){
let data28 = data27.id;
if(typeof data28 === "string"){
if(!pattern0.test(data28)){
const err90 = {instancePath:instancePath+"/users/outsider/id",schemaPath:"#/properties/users/properties/outsider/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/users/outsider/id",schemaPath:"#/properties/users/properties/outsider/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data27.nickname !== undefined){
let data29 = data27.nickname;
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err92 = {instancePath:instancePath+"/users/outsider/nickname",schemaPath:"#/properties/users/properties/outsider/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/users/outsider/nickname",schemaPath:"#/properties/users/properties/outsider/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data27.token !== undefined){
let data30 = data27.token;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err94 = {instancePath:instancePath+"/users/outsider/token",schemaPath:"#/properties/users/properties/outsider/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/users/outsider/token",schemaPath:"#/properties/users/properties/outsider/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/users/outsider",schemaPath:"#/properties/users/properties/outsider/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data10.stranger !== undefined){
let data31 = data10.stranger;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.id === undefined){
const err97 = {instancePath:instancePath+"/users/stranger",schemaPath:"#/properties/users/properties/stranger/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data31.nickname === undefined){
const err98 = {instancePath:instancePath+"/users/stranger",schemaPath:"#/properties/users/properties/stranger/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data31.token === undefined){
const err99 = {instancePath:instancePath+"/users/stranger",schemaPath:"#/properties/users/properties/stranger/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key12 in data31){
if(!(((key12 === "id") || (key12 === "nickname")) || (key12 === "token"))){
const err100 = {instancePath:instancePath+"/users/stranger",schemaPath:"#/properties/users/properties/stranger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data31.id !== undefined){
let data32 = data31.id;
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
const err101 = {instancePath:instancePath+"/users/stranger/id",schemaPath:"#/properties/users/properties/stranger/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/users/stranger/id",schemaPath:"#/properties/users/properties/stranger/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data31.nickname !== undefined){
let data33 = data31.nickname;
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err103 = {instancePath:instancePath+"/users/stranger/nickname",schemaPath:"#/properties/users/properties/stranger/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/users/stranger/nickname",schemaPath:"#/properties/users/properties/stranger/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data31.token !== undefined){
let data34 = data31.token;
if(typeof data34 === "string"){
if(func2(data34) < 1){
const err105 = {instancePath:instancePath+"/users/stranger/token",schemaPath:"#/properties/users/properties/stranger/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/users/stranger/token",schemaPath:"#/properties/users/properties/stranger/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/users/stranger",schemaPath:"#/properties/users/properties/stranger/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data10.invitee1 !== undefined){
let data35 = data10.invitee1;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.id === undefined){
const err108 = {instancePath:instancePath+"/users/invitee1",schemaPath:"#/properties/users/properties/invitee1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data35.nickname === undefined){
const err109 = {instancePath:instancePath+"/users/invitee1",schemaPath:"#/properties/users/properties/invitee1/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data35.token === undefined){
const err110 = {instancePath:instancePath+"/users/invitee1",schemaPath:"#/properties/users/properties/invitee1/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key13 in data35){
if(!(((key13 === "id") || (key13 === "nickname")) || (key13 === "token"))){
const err111 = {instancePath:instancePath+"/users/invitee1",schemaPath:"#/properties/users/properties/invitee1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data35.id !== undefined){
let data36 = data35.id;
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
const err112 = {instancePath:instancePath+"/users/invitee1/id",schemaPath:"#/properties/users/properties/invitee1/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/users/invitee1/id",schemaPath:"#/properties/users/properties/invitee1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data35.nickname !== undefined){
let data37 = data35.nickname;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err114 = {instancePath:instancePath+"/users/invitee1/nickname",schemaPath:"#/properties/users/properties/invitee1/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/users/invitee1/nickname",schemaPath:"#/properties/users/properties/invitee1/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data35.token !== undefined){
let data38 = data35.token;
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err116 = {instancePath:instancePath+"/users/invitee1/token",schemaPath:"#/properties/users/properties/invitee1/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/users/invitee1/token",schemaPath:"#/properties/users/properties/invitee1/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/users/invitee1",schemaPath:"#/properties/users/properties/invitee1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data10.invitee2 !== undefined){
let data39 = data10.invitee2;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.id === undefined){
const err119 = {instancePath:instancePath+"/users/invitee2",schemaPath:"#/properties/users/properties/invitee2/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data39.nickname === undefined){
const err120 = {instancePath:instancePath+"/users/invitee2",schemaPath:"#/properties/users/properties/invitee2/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data39.token === undefined){
const err121 = {instancePath:instancePath+"/users/invitee2",schemaPath:"#/properties/users/properties/invitee2/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key14 in data39){
if(!(((key14 === "id") || (key14 === "nickname")) || (key14 === "token"))){
const err122 = {instancePath:instancePath+"/users/invitee2",schemaPath:"#/properties/users/properties/invitee2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data39.id !== undefined){
let data40 = data39.id;
if(typeof data40 === "string"){
if(!pattern0.test(data40)){
const err123 = {instancePath:instancePath+"/users/invitee2/id",schemaPath:"#/properties/users/properties/invitee2/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/users/invitee2/id",schemaPath:"#/properties/users/properties/invitee2/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data39.nickname !== undefined){
let data41 = data39.nickname;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err125 = {instancePath:instancePath+"/users/invitee2/nickname",schemaPath:"#/properties/users/properties/invitee2/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/users/invitee2/nickname",schemaPath:"#/properties/users/properties/invitee2/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data39.token !== undefined){
let data42 = data39.token;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err127 = {instancePath:instancePath+"/users/invitee2/token",schemaPath:"#/properties/users/properties/invitee2/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/users/invitee2/token",schemaPath:"#/properties/users/properties/invitee2/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/users/invitee2",schemaPath:"#/properties/users/properties/invitee2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data10.invitee3 !== undefined){
let data43 = data10.invitee3;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.id === undefined){
const err130 = {instancePath:instancePath+"/users/invitee3",schemaPath:"#/properties/users/properties/invitee3/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data43.nickname === undefined){
const err131 = {instancePath:instancePath+"/users/invitee3",schemaPath:"#/properties/users/properties/invitee3/required",keyword:"required",params:{missingProperty: "nickname"},message:"must have required property '"+"nickname"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data43.token === undefined){
const err132 = {instancePath:instancePath+"/users/invitee3",schemaPath:"#/properties/users/properties/invitee3/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
for(const key15 in data43){
if(!(((key15 === "id") || (key15 === "nickname")) || (key15 === "token"))){
const err133 = {instancePath:instancePath+"/users/invitee3",schemaPath:"#/properties/users/properties/invitee3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data43.id !== undefined){
let data44 = data43.id;
if(typeof data44 === "string"){
if(!pattern0.test(data44)){
const err134 = {instancePath:instancePath+"/users/invitee3/id",schemaPath:"#/properties/users/properties/invitee3/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/users/invitee3/id",schemaPath:"#/properties/users/properties/invitee3/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data43.nickname !== undefined){
let data45 = data43.nickname;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err136 = {instancePath:instancePath+"/users/invitee3/nickname",schemaPath:"#/properties/users/properties/invitee3/properties/nickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/users/invitee3/nickname",schemaPath:"#/properties/users/properties/invitee3/properties/nickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data43.token !== undefined){
let data46 = data43.token;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err138 = {instancePath:instancePath+"/users/invitee3/token",schemaPath:"#/properties/users/properties/invitee3/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/users/invitee3/token",schemaPath:"#/properties/users/properties/invitee3/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/users/invitee3",schemaPath:"#/properties/users/properties/invitee3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data.expiredToken !== undefined){
let data47 = data.expiredToken;
if(typeof data47 === "string"){
if(func2(data47) < 1){
const err142 = {instancePath:instancePath+"/expiredToken",schemaPath:"#/properties/expiredToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/expiredToken",schemaPath:"#/properties/expiredToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.tokens !== undefined){
let data48 = data.tokens;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key16 in data48){
if(!(func6.call(schema50.properties.tokens.properties, key16))){
const err144 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data48.noExp !== undefined){
let data49 = data48.noExp;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err145 = {instancePath:instancePath+"/tokens/noExp",schemaPath:"#/properties/tokens/properties/noExp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/tokens/noExp",schemaPath:"#/properties/tokens/properties/noExp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data48.noId !== undefined){
let data50 = data48.noId;
if(typeof data50 === "string"){
if(func2(data50) < 1){
const err147 = {instancePath:instancePath+"/tokens/noId",schemaPath:"#/properties/tokens/properties/noId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/tokens/noId",schemaPath:"#/properties/tokens/properties/noId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data48.unknownUser !== undefined){
let data51 = data48.unknownUser;
if(typeof data51 === "string"){
if(func2(data51) < 1){
const err149 = {instancePath:instancePath+"/tokens/unknownUser",schemaPath:"#/properties/tokens/properties/unknownUser/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/tokens/unknownUser",schemaPath:"#/properties/tokens/properties/unknownUser/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data48.notYetValid !== undefined){
let data52 = data48.notYetValid;
if(typeof data52 === "string"){
if(func2(data52) < 1){
const err151 = {instancePath:instancePath+"/tokens/notYetValid",schemaPath:"#/properties/tokens/properties/notYetValid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/tokens/notYetValid",schemaPath:"#/properties/tokens/properties/notYetValid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data48.unknownCrit !== undefined){
let data53 = data48.unknownCrit;
if(typeof data53 === "string"){
if(func2(data53) < 1){
const err153 = {instancePath:instancePath+"/tokens/unknownCrit",schemaPath:"#/properties/tokens/properties/unknownCrit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/tokens/unknownCrit",schemaPath:"#/properties/tokens/properties/unknownCrit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data48.nonNumericExp !== undefined){
let data54 = data48.nonNumericExp;
if(typeof data54 === "string"){
if(func2(data54) < 1){
const err155 = {instancePath:instancePath+"/tokens/nonNumericExp",schemaPath:"#/properties/tokens/properties/nonNumericExp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/tokens/nonNumericExp",schemaPath:"#/properties/tokens/properties/nonNumericExp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data48.nullExp !== undefined){
let data55 = data48.nullExp;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err157 = {instancePath:instancePath+"/tokens/nullExp",schemaPath:"#/properties/tokens/properties/nullExp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/tokens/nullExp",schemaPath:"#/properties/tokens/properties/nullExp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data48.noNickname !== undefined){
let data56 = data48.noNickname;
if(typeof data56 === "string"){
if(func2(data56) < 1){
const err159 = {instancePath:instancePath+"/tokens/noNickname",schemaPath:"#/properties/tokens/properties/noNickname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/tokens/noNickname",schemaPath:"#/properties/tokens/properties/noNickname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data48.shortLived !== undefined){
let data57 = data48.shortLived;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err161 = {instancePath:instancePath+"/tokens/shortLived",schemaPath:"#/properties/tokens/properties/shortLived/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/tokens/shortLived",schemaPath:"#/properties/tokens/properties/shortLived/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

// Validators of a schema compiled above under another name.
export const eventModifyChat = eventNewChat;
export const restListChatsResponse400 = restCreateChatResponse400;
export const restListChatsResponse401 = restCreateChatResponse401;
export const restListChatsResponse403 = restCreateChatResponse403;
export const restListChatsResponse404 = restCreateChatResponse404;
export const restListChatsResponse405 = restCreateChatResponse405;
export const restListChatsResponse500 = restCreateChatResponse500;
export const restListChatsResponse503 = restCreateChatResponse503;
export const restModifyChatResponse400 = restCreateChatResponse400;
export const restModifyChatResponse401 = restCreateChatResponse401;
export const restModifyChatResponse403 = restCreateChatResponse403;
export const restModifyChatResponse404 = restCreateChatResponse404;
export const restModifyChatResponse405 = restCreateChatResponse405;
export const restModifyChatResponse413 = restCreateChatResponse413;
export const restModifyChatResponse500 = restCreateChatResponse500;
export const restModifyChatResponse503 = restCreateChatResponse503;
export const restDeleteChatResponse400 = restCreateChatResponse400;
export const restDeleteChatResponse401 = restCreateChatResponse401;
export const restDeleteChatResponse403 = restCreateChatResponse403;
export const restDeleteChatResponse404 = restCreateChatResponse404;
export const restDeleteChatResponse405 = restCreateChatResponse405;
export const restDeleteChatResponse500 = restCreateChatResponse500;
export const restDeleteChatResponse503 = restCreateChatResponse503;
export const restInviteUsersResponse400 = restCreateChatResponse400;
export const restInviteUsersResponse401 = restCreateChatResponse401;
export const restInviteUsersResponse403 = restCreateChatResponse403;
export const restInviteUsersResponse404 = restCreateChatResponse404;
export const restInviteUsersResponse405 = restCreateChatResponse405;
export const restInviteUsersResponse413 = restCreateChatResponse413;
export const restInviteUsersResponse500 = restCreateChatResponse500;
export const restInviteUsersResponse503 = restCreateChatResponse503;
export const restCreateFixturesResponse404 = restCreateChatResponse404;
export const restCreateFixturesResponse503 = restCreateChatResponse503;
export const shapeLiveChat = eventNewChat;
export const shapeDeletedChat = eventDeleteChat;
export const shapeChannel = eventInvitedToChannel;

/** The SHA-256 of the schemas these validators were compiled from (the kit uses them only when its specs give the same). */
export const schemaDigest = "a5183d666cb4ccfd68b472da30b17b4670f499cf7b7bcba2c469969ce9edf93a";

/** Every validator, by the contract's own names: event, acknowledged event, operationId and status, shape. */
export const validators = {
  events: {
    join: eventJoin,
    chat: eventChat,
    'invite-users-to-channel': eventInviteUsersToChannel,
    'new-chat': eventNewChat,
    'modify-chat': eventModifyChat,
    'delete-chat': eventDeleteChat,
    'invited-to-channel': eventInvitedToChannel,
    connect_error: eventConnectError,
  },
  acks: {
    join: ackJoin,
    chat: ackChat,
    'invite-users-to-channel': ackInviteUsersToChannel,
  },
  rest: {
    createChat: {
      request: restCreateChatRequest,
      responses: {
        "201": restCreateChatResponse201,
        "400": restCreateChatResponse400,
        "401": restCreateChatResponse401,
        "403": restCreateChatResponse403,
        "404": restCreateChatResponse404,
        "405": restCreateChatResponse405,
        "413": restCreateChatResponse413,
        "500": restCreateChatResponse500,
        "503": restCreateChatResponse503,
      },
    },
    listChats: {
      responses: {
        "200": restListChatsResponse200,
        "400": restListChatsResponse400,
        "401": restListChatsResponse401,
        "403": restListChatsResponse403,
        "404": restListChatsResponse404,
        "405": restListChatsResponse405,
        "500": restListChatsResponse500,
        "503": restListChatsResponse503,
      },
    },
    modifyChat: {
      request: restModifyChatRequest,
      responses: {
        "200": restModifyChatResponse200,
        "400": restModifyChatResponse400,
        "401": restModifyChatResponse401,
        "403": restModifyChatResponse403,
        "404": restModifyChatResponse404,
        "405": restModifyChatResponse405,
        "413": restModifyChatResponse413,
        "500": restModifyChatResponse500,
        "503": restModifyChatResponse503,
      },
    },
    deleteChat: {
      responses: {
        "200": restDeleteChatResponse200,
        "400": restDeleteChatResponse400,
        "401": restDeleteChatResponse401,
        "403": restDeleteChatResponse403,
        "404": restDeleteChatResponse404,
        "405": restDeleteChatResponse405,
        "500": restDeleteChatResponse500,
        "503": restDeleteChatResponse503,
      },
    },
    inviteUsers: {
      request: restInviteUsersRequest,
      responses: {
        "201": restInviteUsersResponse201,
        "400": restInviteUsersResponse400,
        "401": restInviteUsersResponse401,
        "403": restInviteUsersResponse403,
        "404": restInviteUsersResponse404,
        "405": restInviteUsersResponse405,
        "413": restInviteUsersResponse413,
        "500": restInviteUsersResponse500,
        "503": restInviteUsersResponse503,
      },
    },
    createFixtures: {
      responses: {
        "201": restCreateFixturesResponse201,
        "404": restCreateFixturesResponse404,
        "503": restCreateFixturesResponse503,
      },
    },
  },
  shapes: {
    ObjectId: shapeObjectId,
    ChatId: shapeChatId,
    Timestamp: shapeTimestamp,
    ChatContent: shapeChatContent,
    ChatKind: shapeChatKind,
    Chat: shapeChat,
    LiveChat: shapeLiveChat,
    DeletedChat: shapeDeletedChat,
    Channel: shapeChannel,
    FailureReason: shapeFailureReason,
    UserIds: shapeUserIds,
    InvitedUsers: shapeInvitedUsers,
    ErrorBody: shapeErrorBody,
    Envelope: shapeEnvelope,
    FixtureUser: shapeFixtureUser,
    Fixtures: shapeFixtures,
  },
};
