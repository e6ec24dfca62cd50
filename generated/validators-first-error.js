// The reference server's first-error validators (ajv standalone, allErrors: false, D-52).
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

import * as runtimeModule0 from "ajv/dist/runtime/ucs2length.js";
const commonjs = (ns) => (ns.default !== null && typeof ns.default === "object" ? ns.default : ns);
const runtime0 = commonjs(runtimeModule0);
export const firstError0 = validate10;const schema11 = {"title":"JoinRequest","type":"object","additionalProperties":false,"required":["channels"],"properties":{"channels":{"type":"array","maxItems":500,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]}}}};const pattern0 = new RegExp("^[0-9a-f]{24}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.channels === undefined) && (missing0 = "channels")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "channels")){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.channels !== undefined){
let data0 = data.channels;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 500){
validate10.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate10.errors = [{instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}
export const firstError1 = validate11;const schema12 = {"title":"ChatRequest","description":"A `chat` request, discriminated by `chatType` (D-09).","discriminator":{"propertyName":"chatType"},"oneOf":[{"title":"NewChatRequest","type":"object","additionalProperties":false,"required":["chatType","channelId","content"],"properties":{"chatType":{"type":"string","const":"new"},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}},{"title":"ModifyChatRequest","type":"object","additionalProperties":false,"required":["chatType","channelId","chatId","content"],"properties":{"chatType":{"type":"string","const":"modify"},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"chatId":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}},{"title":"DeleteChatRequest","type":"object","additionalProperties":false,"required":["chatType","channelId","chatId"],"properties":{"chatType":{"type":"string","const":"delete"},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"chatId":{"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]}}}],"type":"object"};const pattern2 = new RegExp("^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$", "u");const func2 = runtime0.default;function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.chatType;
if(typeof tag0 == "string"){
if(tag0 === "new"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.chatType === undefined) && (missing0 = "chatType")) || ((data.channelId === undefined) && (missing0 = "channelId"))) || ((data.content === undefined) && (missing0 = "content"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((key0 === "chatType") || (key0 === "channelId")) || (key0 === "content"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.chatType !== undefined){
let data0 = data.chatType;
const _errs5 = errors;
if(typeof data0 !== "string"){
validate11.errors = [{instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/0/properties/chatType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("new" !== data0){
validate11.errors = [{instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/0/properties/chatType/const",keyword:"const",params:{allowedValue: "new"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.channelId !== undefined){
let data1 = data.channelId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate11.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/0/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/0/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.content !== undefined){
let data2 = data.content;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 300){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern2.test(data2)){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/0/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "modify"){
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((((data.chatType === undefined) && (missing1 = "chatType")) || ((data.channelId === undefined) && (missing1 = "channelId"))) || ((data.chatId === undefined) && (missing1 = "chatId"))) || ((data.content === undefined) && (missing1 = "content"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data){
if(!((((key1 === "chatType") || (key1 === "channelId")) || (key1 === "chatId")) || (key1 === "content"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data.chatType !== undefined){
let data3 = data.chatType;
const _errs14 = errors;
if(typeof data3 !== "string"){
validate11.errors = [{instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/1/properties/chatType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("modify" !== data3){
validate11.errors = [{instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/1/properties/chatType/const",keyword:"const",params:{allowedValue: "modify"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.channelId !== undefined){
let data4 = data.channelId;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate11.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/1/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/1/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.chatId !== undefined){
let data5 = data.chatId;
const _errs18 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate11.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/1/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
validate11.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/1/properties/chatId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate11.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/1/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.content !== undefined){
let data6 = data.content;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data6 === "string"){
if(func2(data6) > 300){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern2.test(data6)){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/oneOf/1/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "delete"){
const _errs22 = errors;
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((data.chatType === undefined) && (missing2 = "chatType")) || ((data.channelId === undefined) && (missing2 = "channelId"))) || ((data.chatId === undefined) && (missing2 = "chatId"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key2 in data){
if(!(((key2 === "chatType") || (key2 === "channelId")) || (key2 === "chatId"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data.chatType !== undefined){
let data7 = data.chatType;
const _errs25 = errors;
if(typeof data7 !== "string"){
validate11.errors = [{instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/2/properties/chatType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("delete" !== data7){
validate11.errors = [{instancePath:instancePath+"/chatType",schemaPath:"#/oneOf/2/properties/chatType/const",keyword:"const",params:{allowedValue: "delete"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.channelId !== undefined){
let data8 = data.channelId;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate11.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/2/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/oneOf/2/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.chatId !== undefined){
let data9 = data.chatId;
const _errs29 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate11.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/2/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
validate11.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/2/properties/chatId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data9 < 0 || isNaN(data9)){
validate11.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/oneOf/2/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "chatType", tagValue: tag0},message:"value of tag \"chatType\" must be in oneOf"}];
return false;
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "chatType", tagValue: tag0},message:"tag \"chatType\" must be string"}];
return false;
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}
export const firstError2 = validate12;const schema13 = {"title":"InviteRequest","type":"object","additionalProperties":false,"required":["communityId","channelId","users"],"properties":{"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"channelId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"users":{"title":"UserIds","description":"The users to invite: 1 to 100 distinct user ids. See D-16.","type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba","63908bcc2258e789af7d73ad"]]}}};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.communityId === undefined) && (missing0 = "communityId")) || ((data.channelId === undefined) && (missing0 = "channelId"))) || ((data.users === undefined) && (missing0 = "users"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "communityId") || (key0 === "channelId")) || (key0 === "users"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.communityId !== undefined){
let data0 = data.communityId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate12.errors = [{instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channelId !== undefined){
let data1 = data.channelId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate12.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data2 = data.users;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 100){
validate12.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate12.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate12.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
if(valid1){
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
validate12.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}
export const firstError3 = validate13;const schema14 = {"title":"CreateChatBody","type":"object","additionalProperties":false,"required":["type","content"],"properties":{"type":{"type":"string","const":"TEXT"},"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}};function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.content === undefined) && (missing0 = "content"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "content"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate13.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("TEXT" !== data0){
validate13.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "TEXT"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 300){
validate13.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate13.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern2.test(data1)){
validate13.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""}];
return false;
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}
export const firstError4 = validate14;const schema15 = {"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(!pattern0.test(data)){
validate14.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}
export const firstError5 = validate15;const schema16 = {"title":"ChatId","description":"Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as \"6\" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[51]};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
validate15.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate15.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
validate15.errors = vErrors;
return errors === 0;
}
export const firstError6 = validate16;const schema17 = {"type":"integer","minimum":1,"maximum":100,"default":50};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 100 || isNaN(data)){
validate16.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data < 1 || isNaN(data)){
validate16.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
validate16.errors = vErrors;
return errors === 0;
}
export const firstError7 = validate17;const schema18 = {"title":"ModifyChatBody","type":"object","additionalProperties":false,"required":["content"],"properties":{"content":{"title":"ChatContent","description":"The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `\"\\ud800\"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.","type":"string","minLength":1,"maxLength":300,"pattern":"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$","examples":["hi"]}}};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.content === undefined) && (missing0 = "content")){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "content")){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.content !== undefined){
let data0 = data.content;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 300){
validate17.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate17.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern2.test(data0)){
validate17.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"},message:"must match pattern \""+"^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"+"\""}];
return false;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}
export const firstError8 = validate18;const schema19 = {"title":"InviteBody","type":"object","additionalProperties":false,"required":["communityId","users"],"properties":{"communityId":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"users":{"title":"UserIds","description":"The users to invite: 1 to 100 distinct user ids. See D-16.","type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"title":"ObjectId","description":"Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.","type":"string","pattern":"^[0-9a-f]{24}$","examples":["6394cc8fd1a615bf564d7e75"]},"examples":[["63908bdc2258e789af7d73ba","63908bcc2258e789af7d73ad"]]}}};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.communityId === undefined) && (missing0 = "communityId")) || ((data.users === undefined) && (missing0 = "users"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "communityId") || (key0 === "users"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.communityId !== undefined){
let data0 = data.communityId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate18.errors = [{instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/communityId",schemaPath:"#/properties/communityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data1 = data.users;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length > 100){
validate18.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data1.length < 1){
validate18.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate18.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{24}$"},message:"must match pattern \""+"^[0-9a-f]{24}$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
if(valid1){
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
validate18.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

/** Each validator by the SHA-256 of its schema's canonical form (src/contract/validate.ts `schemaKey`). */
export const validators = {
  "e1d502d1ebb8e58d264e3f4d1b009af443884e3eaf6a865e689e26b5b9d4bb54": firstError0,
  "d04108912124faae1e8c6fd2559dce5d4e184b4560b1b1dc55c84ffce080521f": firstError1,
  "4dca61941ac2082e5215662d85c8878a4d4bda9a4e0ac672f0449272c1f7234e": firstError2,
  "96f5a8e19326d4be128a7c151c84badbe45daa616bd950463491ac32e1a28d76": firstError3,
  "2c6e5c11e20c3162c723e8c1f0756875e99fef573823547a3761fb2b1546edfd": firstError4,
  "1b9bb54d68039c4718b1f2f9639b5454a1d4c66ec2bf88cd548157bacfa1bcc8": firstError5,
  "23162b456d1acb4165ce4f53650cc1718624202d07be52b243c4637f13a5c36b": firstError6,
  "481f294069857fbff977c58c054e3583e3bbb0f963505000935641949d812bb8": firstError7,
  "21577c5f385f49db317f178f46219c19891bf08830e2a14f04bd6203279a077c": firstError8,
};
